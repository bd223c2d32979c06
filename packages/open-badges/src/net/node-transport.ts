import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { refusedAddress, type AddressPolicy } from './addresses.js';

/** What the fetch policy needs from HTTP: one request, no redirect followed, the body as a stream. */
export type Transport = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string>; redirect: 'manual' },
) => Promise<Response>;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that refuses the addresses the policy forbids: checked on the address actually connected to. */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, []);
        return;
      }
      const refused = addresses.map((a) => refusedAddress(a.address, policy)).find(Boolean);
      if (refused) callback(Object.assign(new Error(refused), { code: 'EREFUSED' }), []);
      else if (options.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
    });
  };
  return lookup;
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers))
    if (typeof value === 'string') headers.set(name, value);
  const status = message.statusCode ?? 502;
  if (NULL_BODY.has(status)) {
    message.resume();
    return new Response(null, { status, headers });
  }
  const body = Readable.toWeb(message) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

/** HTTP(S) GET on node:http(s), never following redirects, resolving names through the address policy. */
export function nodeTransport(policy: AddressPolicy): Transport {
  const lookup = guardedLookup(policy);
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const refused = refusedAddress(target.hostname.replace(/^\[|\]$/g, ''), policy);
      // An IP literal is connected to without a lookup: judge it here.
      if (refused && !refused.endsWith('not an IP address')) {
        reject(new Error(refused));
        return;
      }
      const req = request(target, { headers: init.headers, lookup, signal: init.signal }, (res) => {
        resolve(toResponse(res));
      });
      req.on('error', reject);
      req.end();
    });
}
