import { OpenBadgesError } from '../errors.js';
import type {
  Achievement,
  Alignment,
  Evidence,
  IdentityObject,
  Image,
  Profile,
} from '../model/types.js';
import type { Ob2Assertion, Ob2VerificationResult } from './types.js';

type Json = Record<string, unknown>;

/** What an OB 2.0 assertion becomes in an OB 3.0 backpack: the data to build (or store beside) an OB 3.0 credential. */
export interface Ob2Import {
  achievement: Achievement;
  /** The issuer as an OB 3.0 Profile (also the achievement's `creator`). */
  issuer: Profile;
  /** The OB 2.0 recipient as an OB 3.0 IdentityObject (hashed identities stay hashed, with their salt). */
  identifier: IdentityObject;
  validFrom: string;
  validUntil?: string;
  /** The original assertion first (its id, and the JSON or JWS verified, as a code block), then its own evidence. */
  evidence: Evidence[];
  /** The original exactly as verified: the hosted JSON, or the signed compact JWS and its payload. */
  original: { id: string; verification: 'hosted' | 'signed'; json: Json; jws?: string };
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : [v].flat());

/** OB 2.0 allowed a bare date or a date-time; OB 3.0 wants a date-time. */
function dateTime(value: string): string {
  const ms = Date.parse(value);
  return /T/.test(value) || Number.isNaN(ms)
    ? value
    : new Date(ms).toISOString().replace('.000Z', 'Z');
}

function image(value: unknown): Image | undefined {
  const id = str(value) ?? (isObject(value) ? str(value.id) : undefined);
  if (id === undefined) return undefined;
  const caption = isObject(value) ? str(value.caption) : undefined;
  return { id, type: 'Image', ...(caption !== undefined ? { caption } : {}) };
}

function alignments(value: unknown): Alignment[] {
  return list(value)
    .filter(isObject)
    .flatMap((a) => {
      const targetName = str(a.targetName);
      const targetUrl = str(a.targetUrl);
      if (targetName === undefined || targetUrl === undefined) return [];
      const optional = ['targetDescription', 'targetFramework', 'targetCode'] as const;
      const extra = Object.fromEntries(
        optional.flatMap((k) => (str(a[k]) ? [[k, str(a[k])]] : [])),
      );
      const alignment: Alignment = { type: ['Alignment'], targetName, targetUrl, ...extra };
      return [alignment];
    });
}

function profile(assertion: Ob2Assertion): Profile {
  const { issuer } = assertion.badge;
  const raw = issuer.raw;
  const logo = image(raw.image);
  const description = str(raw.description);
  return {
    id: issuer.id,
    type: ['Profile'],
    ...(issuer.name !== undefined ? { name: issuer.name } : {}),
    ...(issuer.url !== undefined ? { url: issuer.url } : {}),
    ...(issuer.email !== undefined ? { email: issuer.email } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(logo ? { image: logo } : {}),
  };
}

function achievement(assertion: Ob2Assertion, creator: Profile): Achievement {
  const { badge } = assertion;
  const raw = badge.raw;
  const criteria = isObject(raw.criteria)
    ? {
        ...(str(raw.criteria.id) ? { id: str(raw.criteria.id) } : {}),
        ...(str(raw.criteria.narrative) ? { narrative: str(raw.criteria.narrative) } : {}),
      }
    : { id: str(raw.criteria) ?? badge.id };
  const picture = image(raw.image);
  const aligned = alignments(raw.alignment);
  const tags = list(raw.tags).filter((t): t is string => typeof t === 'string');
  const name = badge.name ?? badge.id;
  return {
    id: badge.id,
    type: ['Achievement'],
    name,
    // OB 3.0 requires a description; OB 2.0 did too, but some issuers left it empty.
    description: badge.description ?? name,
    criteria,
    ...(picture ? { image: picture } : {}),
    ...(aligned.length > 0 ? { alignment: aligned } : {}),
    ...(tags.length > 0 ? { tag: tags } : {}),
    creator,
  };
}

/** OB 2.0 recipient types -> OB 3.0 IdentifierTypeEnum (others become `ext:` types, as OB 3.0 allows). */
function identityType(type: string): string {
  if (type === 'email') return 'emailAddress';
  return `ext:${type.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

function identifier(assertion: Ob2Assertion): IdentityObject {
  const { recipient } = assertion;
  return {
    type: 'IdentityObject',
    hashed: recipient.hashed,
    identityHash: recipient.identity,
    identityType: identityType(recipient.type),
    ...(recipient.salt !== undefined ? { salt: recipient.salt } : {}),
  };
}

function ownEvidence(raw: Json): Evidence[] {
  const entries: Evidence[] = list(raw.evidence).flatMap((e): Evidence[] => {
    if (typeof e === 'string') return [{ id: e, type: ['Evidence'] }];
    if (!isObject(e)) return [];
    const fields = ['id', 'narrative', 'name', 'description', 'genre', 'audience'] as const;
    const kept = Object.fromEntries(fields.flatMap((k) => (str(e[k]) ? [[k, str(e[k])]] : [])));
    const evidence: Evidence = { ...kept, type: ['Evidence'] };
    return [evidence];
  });
  const narrative = str(raw.narrative);
  return narrative ? [...entries, { type: ['Evidence'], narrative }] : entries;
}

/**
 * Turns a **verified** Open Badges 2.0 result (verifyOb2) into the data of an OB 3.0 achievement, issuer Profile
 * and recipient identifier, keeping the original assertion as the first Evidence (for imports into a backpack).
 * Throws `ob.invalid_argument` for anything but a verified OB 2.0 result: an unverified badge is never imported.
 */
export function ob2ToOb3(result: Ob2VerificationResult): Ob2Import {
  const given: unknown = result;
  const version =
    typeof given === 'object' && given !== null
      ? (given as { version?: unknown }).version
      : undefined;
  if (version !== '2.0' || result.result !== 'verified' || result.badge === undefined)
    throw new OpenBadgesError(
      'ob.invalid_argument',
      'Only a verified Open Badges 2.0 result can be imported',
      { field: 'result' },
    );
  const assertion = result.badge;
  const issuer = profile(assertion);
  const kind = assertion.verification.type;
  const text = assertion.jws ?? JSON.stringify(assertion.raw, null, 2);
  const original: Evidence = {
    ...(/^[a-z][a-z0-9+.-]*:/i.test(assertion.id) ? { id: assertion.id } : {}),
    type: ['Evidence'],
    name: 'Open Badges 2.0 assertion',
    description: `The original ${kind} Open Badges 2.0 assertion, verified before import.`,
    genre: 'Open Badges 2.0 assertion',
    narrative: `\`\`\`${assertion.jws ? 'jws' : 'json'}\n${text}\n\`\`\``,
  };
  return {
    achievement: achievement(assertion, issuer),
    issuer,
    identifier: identifier(assertion),
    validFrom: dateTime(assertion.issuedOn),
    ...(assertion.expires !== undefined ? { validUntil: dateTime(assertion.expires) } : {}),
    evidence: [original, ...ownEvidence(assertion.raw)],
    original: {
      id: assertion.id,
      verification: kind,
      json: assertion.raw,
      ...(assertion.jws !== undefined ? { jws: assertion.jws } : {}),
    },
  };
}
