import { isPng } from '../bake/png.js';
import { unbake } from '../bake/index.js';
import { verifyOb2 } from '../ob2/index.js';
import { verify } from '../verify/verify.js';
import { EXIT, UsageError, printJson, readInput } from './io.js';
import type { CliIo } from './io.js';

const utf8 = new TextDecoder();

/** The JSON text or JWS inside the file, whatever its form, or undefined for bytes that are neither. */
function innerText(bytes: Uint8Array): { text: string; version?: '3.0' | '2.0' } {
  const text = utf8.decode(bytes).trim();
  if (isPng(bytes) || text.startsWith('<')) {
    const baked = unbake(bytes);
    return { text: baked.payload, version: baked.version };
  }
  return { text };
}

function decodeJson(text: string): unknown {
  try {
    if (text.startsWith('{')) return JSON.parse(text);
    const payload = text.split('.')[1];
    return payload === undefined
      ? undefined
      : JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Open Badges 2.0 assertions (JSON or JWS payload) say `"type": "Assertion"`; OB 3.0 credentials never do. */
function isOb2(text: string, version?: '3.0' | '2.0'): boolean {
  if (version !== undefined) return version === '2.0';
  if (/^https?:\/\//.test(text)) return true;
  const doc = decodeJson(text);
  if (typeof doc !== 'object' || doc === null) return false;
  const types = [(doc as { type?: unknown }).type].flat();
  return types.includes('Assertion');
}

function jsonFetcher(fetch: typeof globalThis.fetch): (url: string) => Promise<unknown> {
  return async (url) => {
    const response = await fetch(url, {
      headers: { accept: 'application/ld+json, application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    return await response.json();
  };
}

export async function verifyCommand(
  io: CliIo,
  file: string,
  allowNetwork: boolean,
): Promise<number> {
  const bytes = await readInput(io, file);
  if (allowNetwork && io.fetch === undefined)
    throw new UsageError('--allow-network needs a fetch function.');
  const fetch = allowNetwork ? io.fetch : undefined;
  let route: { text: string; version?: '3.0' | '2.0' } | undefined;
  try {
    route = innerText(bytes);
  } catch {
    route = undefined; // unreadable image: let verify() report it as a failed format check
  }
  // Images go in as bytes (both verifiers unbake them); JSON and JWS files as their text.
  const input = route !== undefined && route.version === undefined ? route.text : bytes;
  if (route !== undefined && isOb2(route.text, route.version)) {
    const result = await verifyOb2(input, fetch ? { fetch: fetch } : {});
    printJson(io, result);
    return result.verified ? EXIT.ok : EXIT.failed;
  }
  const result = await verify(input, fetch ? { fetchJson: jsonFetcher(fetch) } : {});
  printJson(io, result);
  return result.verified ? EXIT.ok : EXIT.failed;
}
