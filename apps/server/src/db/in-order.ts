/**
 * Runs queries one after the other and returns their results like Promise.all. Inside a transaction
 * every query goes to one connection, which runs them one at a time anyway, and node-postgres
 * deprecates overlapping queries on one client; outside one, the cost is a round trip or two.
 */
export async function inOrder<T extends readonly (() => unknown)[] | []>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: T[K] extends () => infer R ? Awaited<R> : never }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: T[K] extends () => infer R ? Awaited<R> : never };
}
