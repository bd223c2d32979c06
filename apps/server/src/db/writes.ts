import type { PGlite } from '@electric-sql/pglite';

/**
 * Counts the writes made through one PGlite handle. Whatever was read at generation n is still true
 * while the counter reads n, because every write bumps it once it has committed (ADR 0009). Only
 * PGlite has one: its data directory is locked to one process (ADR 0004), so every write to the
 * database passes through this handle. PostgreSQL may have other writers: it has none.
 */
export class WriteCounter {
  #generation = 0;
  get generation(): number {
    return this.#generation;
  }
  bump(): void {
    this.#generation += 1;
  }
}

// A plain SELECT changes nothing. Anything else counts as a write, and so does a SELECT naming a
// data-changing word (a CTE with DML, FOR UPDATE, nextval): a needless bump only costs a cache miss.
// A union of selects starts with a parenthesis: `(select …) union all (select …)`.
const SELECT = /^[\s(]*select\b/i;
const CHANGES = /\b(insert|update|delete|merge|truncate|copy|nextval|setval|lock)\b/i;
export const isReadOnly = (text: string): boolean => SELECT.test(text) && !CHANGES.test(text);

/**
 * The same client, with a counter bumped after every write statement and after every transaction
 * (committed or not). Hooked here, below Drizzle and the services, so that no write path (a service,
 * a raw `execute`, a migration, the seed) can forget it. Reads inside a transaction cannot see the
 * others' uncommitted writes, and the bump comes after the commit, so a result tagged with the
 * generation read before the query is never newer-looking than it is.
 */
export function countWrites(client: PGlite, counter: WriteCounter): PGlite {
  const after = <T>(result: Promise<T>): Promise<T> =>
    result.finally(() => {
      counter.bump();
    });
  const wrappers: Partial<Record<keyof PGlite, unknown>> = {
    query: (text: string, params?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
      const result = client.query(text, params, options);
      return isReadOnly(text) ? result : after(result);
    },
    exec: (text: string, options?: Parameters<PGlite['exec']>[1]) => {
      const result = client.exec(text, options);
      // Several statements may hide behind one SELECT at the start.
      return isReadOnly(text) && !text.includes(';') ? result : after(result);
    },
    sql: (strings: TemplateStringsArray, ...params: unknown[]) =>
      isReadOnly(strings.join('$'))
        ? client.sql(strings, ...params)
        : after(client.sql(strings, ...params)),
    transaction: <T>(callback: Parameters<PGlite['transaction']>[0]) =>
      after(client.transaction(callback) as Promise<T>),
    // Raw protocol messages are not parsed here: always a write.
    execProtocol: (...args: Parameters<PGlite['execProtocol']>) =>
      after(client.execProtocol(...args)),
    execProtocolRaw: (...args: Parameters<PGlite['execProtocolRaw']>) =>
      after(client.execProtocolRaw(...args)),
    execProtocolRawStream: (...args: Parameters<PGlite['execProtocolRawStream']>) =>
      after(client.execProtocolRawStream(...args)),
    runExclusive: <T>(fn: () => Promise<T>) => after(client.runExclusive(fn)),
  };
  return new Proxy(client, {
    get(target, key) {
      if (typeof key === 'string' && key in wrappers) return wrappers[key as keyof PGlite];
      const value: unknown = Reflect.get(target, key, target);
      // PGlite keeps its state in private fields: its methods must run on the real instance.
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
