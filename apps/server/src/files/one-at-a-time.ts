/**
 * Runs tasks one after another, in the order they came: images are decoded one at a time for the
 * whole server (ADR 8). Four large photos decoded at once take four times the memory, and glibc keeps
 * much of it after the burst (the heap of each thread's arena fragments); one at a time, the server
 * goes back to its idle memory (README, "Memory after an upload burst"). On two cores the burst takes
 * no longer: libvips already spreads one decode over the cores.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    // The next task waits for this one to settle, whatever its outcome.
    last = run.catch(() => undefined);
    return run;
  };
}
