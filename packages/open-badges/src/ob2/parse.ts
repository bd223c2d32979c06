import { unbake } from '../bake/index.js';
import { OpenBadgesError } from '../errors.js';
import { assertShallow, parseStrictJson } from '../json/strict-json.js';
import { fetchJson, isHttpUrl } from './fetch.js';
import { decodeJws, isCompactJws } from './jws.js';
import type { Ob2Assertion, Ob2BadgeClass, Ob2Issuer, Ob2Options, Ob2Recipient } from './types.js';

type Json = Record<string, unknown>;

function invalid(message: string, details: Json = {}): OpenBadgesError {
  return new OpenBadgesError('ob.ob2.invalid_assertion', message, details);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string, or the `id` of an embedded object (OB 2.0 allows both for images, criteria, keys). */
function idOf(value: unknown): string | undefined {
  return str(value) ?? (isObject(value) ? str(value.id) : undefined);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] | undefined {
  const items = list(value).filter((v): v is string => typeof v === 'string');
  return items.length > 0 ? items : undefined;
}

function required(obj: Json, key: string, what: string): string {
  const value = str(obj[key]);
  if (value === undefined || value === '')
    throw invalid(`The ${what} has no "${key}".`, { field: key });
  return value;
}

function parseJsonObject(text: string): Json {
  let parsed: unknown;
  try {
    parsed = parseStrictJson(text);
  } catch (error) {
    if (error instanceof OpenBadgesError && error.code !== 'ob.malformed_json') throw error;
    throw new OpenBadgesError('ob.malformed_json', 'The assertion is not valid JSON.');
  }
  if (!isObject(parsed)) throw invalid('The assertion is not a JSON object.');
  return parsed;
}

/** The raw assertion JSON behind any accepted input form, plus the JWS when it came signed. */
export async function rawAssertion(
  input: string | object | Uint8Array,
  opts: Ob2Options,
): Promise<{ raw: Json; jws?: string }> {
  if (input instanceof Uint8Array) {
    const baked = unbake(input, opts);
    if (baked.version !== '2.0')
      throw invalid('The image holds an Open Badges 3.0 credential, not 2.0.');
    return rawAssertion(baked.payload, opts);
  }
  if (typeof input !== 'string') {
    if (!isObject(input)) throw invalid('The assertion is not a JSON object.');
    assertShallow(input);
    return { raw: input };
  }
  const text = input.trim();
  if (text.startsWith('{')) return { raw: parseJsonObject(text) };
  if (isCompactJws(text)) return { raw: decodeJws(text).payload, jws: text };
  if (isHttpUrl(text)) return { raw: await fetchJson(text, opts) };
  throw invalid('The input is neither assertion JSON, a compact JWS nor an assertion URL.');
}

function normaliseIssuer(raw: Json): Ob2Issuer {
  const verification = isObject(raw.verification) ? raw.verification : {};
  return {
    id: required(raw, 'id', 'issuer'),
    name: str(raw.name),
    url: str(raw.url),
    email: str(raw.email),
    publicKeys: list(raw.publicKey)
      .map(idOf)
      .filter((k): k is string => k !== undefined),
    revocationList: idOf(raw.revocationList),
    allowedOrigins: strings(verification.allowedOrigins),
    startsWith: strings(verification.startsWith),
    raw,
  };
}

async function resolve(value: unknown, what: string, opts: Ob2Options): Promise<Json> {
  if (isObject(value)) return value;
  if (typeof value === 'string') return fetchJson(value, opts);
  throw invalid(`The ${what} is neither an object nor a URL.`);
}

/**
 * The issuer Profile as its own id serves it: whatever an assertion or BadgeClass embeds about its issuer (keys,
 * allowed origins, revocation list) is the author's word, not the issuer's.
 */
async function fetchIssuer(value: unknown, opts: Ob2Options): Promise<Json> {
  const id = idOf(value);
  if (id === undefined) throw invalid('The BadgeClass has no issuer.', { field: 'issuer' });
  const label: string = id;
  if (!isHttpUrl(id))
    throw invalid(`The issuer id ${label} is not an http(s) URL: its Profile cannot be fetched.`, {
      field: 'issuer',
    });
  const profile = await fetchJson(id, opts);
  if (profile.id !== id)
    throw invalid(`The Profile at ${id} says its id is ${String(profile.id)}.`, {
      field: 'issuer',
    });
  return profile;
}

async function normaliseBadgeClass(
  raw: Json,
  opts: Ob2Options,
  fetchedIssuer = false,
): Promise<Ob2BadgeClass> {
  const criteria = isObject(raw.criteria)
    ? (str(raw.criteria.id) ?? str(raw.criteria.narrative))
    : str(raw.criteria);
  return {
    id: required(raw, 'id', 'BadgeClass'),
    name: str(raw.name),
    description: str(raw.description),
    image: idOf(raw.image),
    criteria,
    issuer: normaliseIssuer(
      fetchedIssuer
        ? await fetchIssuer(raw.issuer, opts)
        : await resolve(raw.issuer, 'issuer', opts),
    ),
    raw,
  };
}

function normaliseRecipient(value: unknown): Ob2Recipient {
  if (!isObject(value)) throw invalid('The assertion has no recipient.', { field: 'recipient' });
  return {
    type: str(value.type) ?? 'email',
    identity: required(value, 'identity', 'recipient'),
    hashed: value.hashed === true,
    salt: str(value.salt),
  };
}

function normaliseVerification(value: unknown, signed: boolean): Ob2Assertion['verification'] {
  const obj = isObject(value) ? value : {};
  const type = str(obj.type)?.toLowerCase();
  const kind =
    type === 'signed' || type === 'signedbadge'
      ? 'signed'
      : type === 'hosted' || type === 'hostedbadge'
        ? 'hosted'
        : undefined;
  if (kind === undefined)
    throw invalid('The assertion has no hosted or signed verification.', { field: 'verification' });
  if (signed !== (kind === 'signed'))
    throw invalid('The verification type does not match the assertion form.');
  return { type: kind, url: str(obj.url), creator: idOf(obj.creator) };
}

export type LocalAssertion = Omit<Ob2Assertion, 'badge'>;

/** Checks and normalises what the assertion itself says, fetching nothing. */
export function readAssertion(raw: Json, jws: string | undefined): LocalAssertion {
  const types = list(raw.type ?? raw['@type']);
  if (!types.includes('Assertion'))
    throw invalid('The object is not an Open Badges 2.0 Assertion.', { field: 'type' });
  const assertion: LocalAssertion = {
    version: '2.0',
    id: required(raw, 'id', 'assertion'),
    verification: normaliseVerification(raw.verification, jws !== undefined),
    recipient: normaliseRecipient(raw.recipient),
    issuedOn: required(raw, 'issuedOn', 'assertion'),
    expires: str(raw.expires),
    revoked: raw.revoked === true,
    revocationReason: str(raw.revocationReason),
    image: idOf(raw.image),
    evidence: raw.evidence,
    narrative: str(raw.narrative),
    raw,
  };
  if (jws !== undefined) assertion.jws = jws;
  return assertion;
}

/** The assertion's BadgeClass (embedded or fetched) and its issuer (fetched from its id when `fetchedIssuer`). */
export async function resolveBadge(
  local: LocalAssertion,
  opts: Ob2Options,
  fetchedIssuer: boolean,
): Promise<Ob2Assertion> {
  const badgeClass = await resolve(local.raw.badge, 'BadgeClass', opts);
  return { ...local, badge: await normaliseBadgeClass(badgeClass, opts, fetchedIssuer) };
}

/** Checks and normalises a raw assertion, resolving its BadgeClass and Issuer. */
export async function normaliseAssertion(
  raw: Json,
  jws: string | undefined,
  opts: Ob2Options,
): Promise<Ob2Assertion> {
  return resolveBadge(readAssertion(raw, jws), opts, false);
}

/**
 * Reads an Open Badges 2.0 assertion (JSON text or object, compact JWS, hosted URL or baked PNG/SVG bytes) and
 * resolves its BadgeClass and Issuer, fetching them through `opts.fetch` when they are references.
 * Does not verify anything: see verifyOb2.
 */
export async function readOb2(
  input: string | object | Uint8Array,
  opts: Ob2Options = {},
): Promise<Ob2Assertion> {
  const { raw, jws } = await rawAssertion(input, opts);
  return normaliseAssertion(raw, jws, opts);
}
