import type { ResolvedOptions, VerifyOptions } from './types.js';

export const ONE_MEGABYTE = 1024 * 1024;

function optionalFunction(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`options.${name} must be a function`);
}

function optionalNumber(value: unknown, name: string): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
    throw new TypeError(`options.${name} must be a non-negative number`);
  }
}

function optionalBoolean(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'boolean')
    throw new TypeError(`options.${name} must be a boolean`);
}

/** Validates option types (misuse throws TypeError) and fills defaults. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new TypeError('options must be an object');
  const o = options as VerifyOptions;
  optionalFunction(o.fetchJson, 'fetchJson');
  optionalFunction(o.clock, 'clock');
  optionalFunction(o.fetch, 'fetch');
  optionalFunction(o.documentLoader, 'documentLoader');
  optionalNumber(o.skewSeconds, 'skewSeconds');
  optionalNumber(o.maxBytes, 'maxBytes');
  optionalNumber(o.fetchTimeoutMs, 'fetchTimeoutMs');
  optionalBoolean(o.trustEmbeddedJwk, 'trustEmbeddedJwk');
  const memo: unknown = o.proofMemo;
  if (
    memo !== undefined &&
    (typeof memo !== 'object' ||
      memo === null ||
      typeof (memo as { has?: unknown }).has !== 'function' ||
      typeof (memo as { add?: unknown }).add !== 'function')
  )
    throw new TypeError('options.proofMemo must have has() and add()');
  const recipient: unknown = o.recipient;
  if (recipient !== undefined && (typeof recipient !== 'object' || recipient === null)) {
    throw new TypeError('options.recipient must be an object');
  }
  return {
    fetchJson: o.fetchJson ? withTimeout(o.fetchJson, o.fetchTimeoutMs ?? 5000) : undefined,
    clock: o.clock ?? (() => new Date()),
    skewSeconds: o.skewSeconds ?? 300,
    recipient: o.recipient,
    trustEmbeddedJwk: o.trustEmbeddedJwk ?? false,
    maxBytes: o.maxBytes ?? ONE_MEGABYTE,
    fetchTimeoutMs: o.fetchTimeoutMs ?? 5000,
    fetch: o.fetch,
    documentLoader: o.documentLoader,
    proofMemo: o.proofMemo,
    warnings: [],
  };
}

// A resolver that never answers must not hang verification; results are cached for the duration of one call.
function withTimeout(
  fetchJson: (url: string) => Promise<unknown>,
  ms: number,
): (url: string) => Promise<unknown> {
  const cache = new Map<string, Promise<unknown>>();
  return (url) => {
    const hit = cache.get(url);
    if (hit) return hit;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Fetching ${url} timed out`));
      }, ms);
    });
    const pending = Promise.race([Promise.resolve().then(() => fetchJson(url)), timeout]).finally(
      () => {
        clearTimeout(timer);
      },
    );
    cache.set(url, pending);
    return pending;
  };
}
