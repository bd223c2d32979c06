import { isPng } from '../bake/png.js';
import { unbake } from '../bake/index.js';
import { createFetchJson, type FetchPolicy } from '../net/fetch-json.js';
import { verifyOb2 } from '../ob2/index.js';
import type { FetchLike } from '../ob2/types.js';
import { verifyClr } from '../clr/verify-clr.js';
import { verifyPresentation } from '../presentation/verify-presentation.js';
import { verify } from '../verify/verify.js';
import { EXIT, UsageError, printJson, readInput } from './io.js';
import type { CliIo } from './io.js';

const utf8 = new TextDecoder();

export interface VerifyFlags {
  allowNetwork: boolean;
  allowLoopback: boolean;
  allowPrivateAddresses: boolean;
  /** A presentation's expected challenge and domain (only for a VerifiablePresentation). */
  challenge?: string | undefined;
  domain?: string | undefined;
}

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

/** What a JSON file holds: a presentation, a CLR, or anything else (a credential for verify()). */
function containerKind(text: string): 'presentation' | 'clr' | undefined {
  if (!text.startsWith('{')) return undefined;
  const doc = decodeJson(text);
  const types = [(doc as { type?: unknown } | undefined)?.type].flat();
  if (types.includes('VerifiablePresentation')) return 'presentation';
  return types.includes('ClrCredential') ? 'clr' : undefined;
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

function exitCode(result: 'verified' | 'not_verified' | 'indeterminate'): number {
  return result === 'verified'
    ? EXIT.ok
    : result === 'not_verified'
      ? EXIT.failed
      : EXIT.indeterminate;
}

function network(
  io: CliIo,
  flags: VerifyFlags,
): { fetchJson: (url: string) => Promise<unknown>; fetch: FetchLike } | undefined {
  if (!flags.allowNetwork) return undefined;
  const policy: FetchPolicy = {
    allowLoopback: flags.allowLoopback,
    allowPrivateAddresses: flags.allowPrivateAddresses,
    ...(io.fetch ? { transport: io.fetch } : {}),
  };
  const { fetchJson, fetch } = createFetchJson(policy);
  return { fetchJson, fetch };
}

function bindings(flags: VerifyFlags): { challenge?: string; domain?: string } {
  return {
    ...(flags.challenge !== undefined ? { challenge: flags.challenge } : {}),
    ...(flags.domain !== undefined ? { domain: flags.domain } : {}),
  };
}

/** Prints the result as JSON whatever happens; exit 0 verified, 1 not verified, 3 indeterminate. */
export async function verifyCommand(io: CliIo, file: string, flags: VerifyFlags): Promise<number> {
  const bytes = await readInput(io, file);
  const net = network(io, flags);
  let route: { text: string; version?: '3.0' | '2.0' } | undefined;
  try {
    route = innerText(bytes);
  } catch {
    route = undefined; // unreadable image: let verify() report it as a failed format check
  }
  // Images go in as bytes (both verifiers unbake them); JSON and JWS files as their text.
  const input = route !== undefined && route.version === undefined ? route.text : bytes;
  const kind =
    route !== undefined && route.version === undefined ? containerKind(route.text) : undefined;
  if ((flags.challenge !== undefined || flags.domain !== undefined) && kind !== 'presentation')
    throw new UsageError('--challenge and --domain apply to a VerifiablePresentation only.');
  const fetchJson = net ? { fetchJson: net.fetchJson } : {};
  try {
    const result =
      kind === 'presentation'
        ? await verifyPresentation(input, { ...fetchJson, ...bindings(flags) })
        : kind === 'clr'
          ? await verifyClr(input, fetchJson)
          : route !== undefined && isOb2(route.text, route.version)
            ? await verifyOb2(input, net ? { fetch: net.fetch } : {})
            : await verify(input, fetchJson);
    printJson(io, result);
    return exitCode(result.result);
  } catch (err) {
    // Whatever went wrong, the caller gets a JSON verdict, never a stack trace and never a green tick.
    const message = err instanceof Error ? err.message : String(err);
    printJson(io, {
      result: 'not_verified',
      verified: false,
      checks: [{ id: 'format', status: 'failed', message, code: 'ob.internal_error' }],
      errors: [`format: ${message}`],
      warnings: [],
    });
    return EXIT.failed;
  }
}
