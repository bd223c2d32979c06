import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order.js';

describe('inOrder', () => {
  it('starts each step after the previous one has settled and keeps the results in order', async () => {
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const results = await inOrder([step('a', 20), step('b', 1), () => 3]);
    expect(results).toEqual(['a', 'b', 3]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('stops at the first failure', async () => {
    let ran = false;
    await expect(
      inOrder([
        () => Promise.reject(new Error('first')),
        () => {
          ran = true;
        },
      ]),
    ).rejects.toThrow('first');
    expect(ran).toBe(false);
  });
});
