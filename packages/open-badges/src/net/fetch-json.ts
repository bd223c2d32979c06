import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';
import type { FetchLike } from '../ob2/types.js';
import { isIP } from 'node:net';
import { isLoopbackHost, refusedAddress, type AddressPolicy } from './addresses.js';
import { nodeTransport, type Transport } from './node-transport.js';

export interface FetchPolicy {
  /** Allow `http://` to loopback hosts and loopback addresses (documents served by a test). Default false. */
  allowLoopback?: boolean;
  /** Allow private, link-local and other reserved addresses. Default false. */
  allowPrivateAddresses?: boolean;
  /** Largest response body, in bytes (default 1 MB). */
  maxBytes?: number;
  /** Time limit for a fetch, redirects included, in ms (default 5000). */
  timeoutMs?: number;
  /** Redirects followed (default 3). */
  maxRedirects?: number;
  /** The HTTP client (default node:http(s) with the address policy); a test may pass a fake `fetch`. */
  transport?: Transport;
}

export interface PolicyFetch {
  /** GET, parsed as JSON (duplicate keys refused); for `verify({ fetchJson })`. */
  fetchJson: (url: string) => Promise<unknown>;
  /** GET as text (e.g. for a document loader's allowed contexts). */
  text: (url: string) => Promise<string>;
  /** The same, shaped as the `fetch` that `verifyOb2` takes. */
  fetch: FetchLike;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function refuse(url: string, message: string): OpenBadgesError {
  return new OpenBadgesError('ob.fetch_not_allowed', `${url}: ${message}`, { url });
}

function failure(url: string, message: string, status?: number): OpenBadgesError {
  return new OpenBadgesError('ob.fetch_failed', `Could not fetch ${url}: ${message}`, {
    url,
    ...(status !== undefined ? { status } : {}),
  });
}

function addressPolicy(policy: FetchPolicy): AddressPolicy {
  return {
    allowLoopback: policy.allowLoopback === true,
    allowPrivateAddresses: policy.allowPrivateAddresses === true,
  };
}

function allowedUrl(url: string, policy: FetchPolicy): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw refuse(url, 'not a URL');
  }
  if (target.username !== '' || target.password !== '') throw refuse(url, 'credentials in the URL');
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const refused = isIP(host) === 0 ? undefined : refusedAddress(host, addressPolicy(policy));
  if (refused) throw refuse(url, refused);
  if (target.protocol === 'https:') return target;
  if (
    target.protocol === 'http:' &&
    policy.allowLoopback === true &&
    isLoopbackHost(target.hostname)
  )
    return target;
  throw refuse(url, 'only https is fetched');
}

async function readLimited(response: Response, url: string, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) throw failure(url, `the response is larger than ${max} bytes`);
  const body = response.body as ReadableStream<Uint8Array> | null;
  const reader = body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw failure(url, `the response is larger than ${max} bytes`);
    }
    chunks.push(chunk.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** GET with the policy: https only, limited size and time, a few redirects each checked like the first URL. */
async function get(
  url: string,
  policy: FetchPolicy,
  transport: Transport,
): Promise<{ status: number; text: string }> {
  const signal = AbortSignal.timeout(policy.timeoutMs ?? 5000);
  const headers = { accept: 'application/ld+json, application/json' };
  let current = url;
  for (let hop = 0; hop <= (policy.maxRedirects ?? 3); hop += 1) {
    const target = allowedUrl(current, policy);
    let response: Response;
    try {
      response = await transport(target.href, { signal, headers, redirect: 'manual' });
    } catch (error) {
      throw failure(current, error instanceof Error ? error.message : String(error));
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      await response.body?.cancel();
      current = new URL(location, target).href;
      continue;
    }
    return {
      status: response.status,
      text: await readLimited(response, current, policy.maxBytes ?? 1024 * 1024),
    };
  }
  throw failure(url, `more than ${policy.maxRedirects ?? 3} redirects`);
}

/**
 * A fetch with the library's policy for documents it is allowed to fetch: https only (loopback http when
 * allowed), 1 MB, 5 s, at most 3 redirects, no private or reserved addresses unless allowed.
 */
export function createFetchJson(policy: FetchPolicy = {}): PolicyFetch {
  const transport = policy.transport ?? nodeTransport(addressPolicy(policy));
  const text = async (url: string): Promise<string> => {
    const response = await get(url, policy, transport);
    if (response.status < 200 || response.status > 299)
      throw failure(url, `HTTP ${response.status}`, response.status);
    return response.text;
  };
  return {
    text,
    fetchJson: async (url) => parseStrictJson(await text(url)),
    fetch: async (url) => {
      const response = await get(url, policy, transport);
      return {
        ok: response.status >= 200 && response.status <= 299,
        status: response.status,
        text: () => Promise.resolve(response.text),
      };
    },
  };
}
