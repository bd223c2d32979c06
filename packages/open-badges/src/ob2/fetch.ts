import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';
import type { Ob2Options } from './types.js';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;

export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}

export function fetchFailed(url: string, message: string, status?: number): OpenBadgesError {
  return new OpenBadgesError('ob.ob2.fetch_failed', `Could not fetch ${url}: ${message}`, {
    url,
    ...(status !== undefined ? { status } : {}),
  });
}

/** GETs a JSON document through the injected fetch, with a timeout and a size ceiling. */
export async function fetchJson(url: string, opts: Ob2Options): Promise<Record<string, unknown>> {
  const text = await fetchText(url, opts);
  let parsed: unknown;
  try {
    parsed = parseStrictJson(text);
  } catch (error) {
    throw fetchFailed(url, error instanceof Error ? error.message : 'the response is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fetchFailed(url, 'the response is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}

export async function fetchText(url: string, opts: Ob2Options): Promise<string> {
  if (opts.fetch === undefined) {
    throw new OpenBadgesError(
      'ob.ob2.network_disabled',
      `Fetching ${url} needs a fetch function.`,
      { url },
    );
  }
  if (!isHttpUrl(url)) throw fetchFailed(url, 'not an http(s) URL');
  let text: string;
  try {
    const response = await opts.fetch(url, {
      headers: { accept: 'application/ld+json, application/json' },
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    if (!response.ok) throw fetchFailed(url, `HTTP ${response.status}`, response.status);
    text = await response.text();
  } catch (err) {
    if (err instanceof OpenBadgesError) throw err;
    throw fetchFailed(url, err instanceof Error ? err.message : 'network error');
  }
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (Buffer.byteLength(text, 'utf8') > max) {
    throw new OpenBadgesError(
      'ob.document_too_large',
      `The document at ${url} is larger than ${max} bytes.`,
    );
  }
  return text;
}
