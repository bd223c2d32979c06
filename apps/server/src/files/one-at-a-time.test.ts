import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.js';

describe('one at a time', () => {
  it('runs tasks in order, never two at once, and goes on after a failure', async () => {
    const queue = oneAtATime();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task =
      (n: number, fail = false) =>
      async () => {
        running++;
        most = Math.max(most, running);
        // Yields several times, so that a second task would overlap if the queue let it.
        for (let i = 0; i < 5; i++) await Promise.resolve();
        order.push(n);
        running--;
        if (fail) throw new Error(`task ${String(n)}`);
        return n;
      };
    const results = await Promise.allSettled([
      queue(task(1)),
      queue(task(2, true)),
      queue(task(3)),
      queue(task(4)),
    ]);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
  });
});
