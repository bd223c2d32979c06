import { createHash, randomBytes } from 'node:crypto';
import {
  OB_CONTEXT,
  OB_EXTENSIONS_CONTEXT,
  OB_SCHEMA_URL,
  VC_V2_CONTEXT,
} from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import type {
  Achievement,
  AchievementCredential,
  AchievementSubject,
  Alignment,
  CredentialSchema,
  CredentialStatus,
  EndorsementCredential,
  Evidence,
  IdentityObject,
  Profile,
  Result,
  ResultDescription,
} from './types.js';

type Without<T, K extends keyof T> = Omit<T, K>;

export const OB_CREDENTIAL_SCHEMA: CredentialSchema = {
  id: OB_SCHEMA_URL,
  type: '1EdTechJsonSchemaValidator2019',
};

export const OB_ENDORSEMENT_SCHEMA: CredentialSchema = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
};

export interface ProfileInput {
  id: string;
  type?: string[];
  name?: string;
  url?: string;
  email?: string;
  description?: string;
  [extra: string]: unknown;
}

export function buildProfile(input: ProfileInput): Profile {
  requireString(input.id, 'issuer.id');
  return { ...input, id: input.id, type: input.type ?? ['Profile'] };
}

export function buildAlignment(input: Without<Alignment, 'type'>): Alignment {
  return { type: ['Alignment'], ...input };
}

export function buildResultDescription(
  input: Without<ResultDescription, 'type'>,
): ResultDescription {
  return { type: ['ResultDescription'], ...input };
}

export function buildResult(input: Without<Result, 'type'>): Result {
  return { type: ['Result'], ...input };
}

export function buildEvidence(input: Without<Evidence, 'type'>): Evidence {
  return { type: ['Evidence'], ...input };
}

export interface AchievementInput {
  id: string;
  name: string;
  description: string;
  criteria: Achievement['criteria'];
  [extra: string]: unknown;
}

export function buildAchievement(input: AchievementInput): Achievement {
  requireString(input.id, 'achievement.id');
  requireString(input.name, 'achievement.name');
  return { ...input, type: ['Achievement'] };
}

/** SHA-256 identity hash as OB 3.0 defines it: `sha256$` + hex(sha256(value + salt)). */
export function hashIdentity(value: string, salt: string): string {
  return `sha256$${createHash('sha256')
    .update(value + salt)
    .digest('hex')}`;
}

export interface IdentifierInput {
  /** e.g. emailAddress, identifier, name, phoneNumber, lisSourcedId, sisSourcedId, ltiUserId. */
  identityType: string;
  value: string;
  /** Hash the value (default true). A random salt is generated unless one is given. */
  hashed?: boolean;
  salt?: string;
}

export function buildIdentityObject(input: IdentifierInput): IdentityObject {
  if (input.hashed === false) {
    return {
      type: 'IdentityObject',
      hashed: false,
      identityHash: input.value,
      identityType: input.identityType,
    };
  }
  const salt = input.salt ?? randomBytes(12).toString('hex');
  return {
    type: 'IdentityObject',
    hashed: true,
    identityHash: hashIdentity(input.value, salt),
    identityType: input.identityType,
    salt,
  };
}

export interface AchievementSubjectInput {
  id?: string;
  achievement: Achievement;
  identifier?: (IdentifierInput | IdentityObject)[];
  result?: Result[];
  [extra: string]: unknown;
}

/** A subject is identified by `id` (a DID or URL) or by one or more `identifier` objects. */
export function buildAchievementSubject(input: AchievementSubjectInput): AchievementSubject {
  const { identifier, ...rest } = input;
  if (rest.id === undefined && (identifier === undefined || identifier.length === 0)) {
    throw new OpenBadgesError(
      'ob.invalid_argument',
      'credentialSubject needs an id or an identifier',
      { field: 'credentialSubject' },
    );
  }
  const subject: AchievementSubject = {
    ...rest,
    type: ['AchievementSubject'],
    achievement: rest.achievement,
  };
  if (identifier)
    subject.identifier = identifier.map((i) => ('type' in i ? i : buildIdentityObject(i)));
  return subject;
}

/** `@context` for a VC 2.0 OB credential: VC 2.0, OB 3.0.3, and `extensions.json` when any `1EdTech*` type is used. */
export function contextsFor(document: unknown): string[] {
  const contexts = [VC_V2_CONTEXT, OB_CONTEXT];
  if (uses1EdTechType(document, 0)) contexts.push(OB_EXTENSIONS_CONTEXT);
  return contexts;
}

function uses1EdTechType(value: unknown, depth: number): boolean {
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => uses1EdTechType(v, depth + 1));
  for (const [key, child] of Object.entries(value)) {
    if (
      key === 'type' &&
      [child].flat().some((t) => typeof t === 'string' && t.startsWith('1EdTech'))
    )
      return true;
    if (uses1EdTechType(child, depth + 1)) return true;
  }
  return false;
}

export interface CredentialInput {
  id: string;
  issuer: Profile;
  validFrom: string;
  validUntil?: string;
  name: string;
  description?: string;
  credentialSubject: AchievementSubject;
  evidence?: Evidence[];
  credentialStatus?: CredentialStatus;
  endorsement?: EndorsementCredential[];
  awardedDate?: string;
  /** `OpenBadgeCredential` (default) or `AchievementCredential`. */
  credentialType?: 'OpenBadgeCredential' | 'AchievementCredential';
}

export function buildCredential(input: CredentialInput): AchievementCredential {
  const { credentialType = 'OpenBadgeCredential', ...fields } = input;
  requireString(fields.id, 'id');
  requireString(fields.validFrom, 'validFrom');
  const body = dropUndefined({
    ...fields,
    type: ['VerifiableCredential', credentialType],
    credentialSchema: [OB_CREDENTIAL_SCHEMA],
  });
  return { '@context': contextsFor(body), ...body };
}

export interface EndorsementInput {
  id: string;
  issuer: Profile;
  validFrom: string;
  validUntil?: string;
  name: string;
  /** The endorsed entity: an Achievement, a Profile or a credential id. */
  subjectId: string;
  endorsementComment?: string;
}

export function buildEndorsementCredential(input: EndorsementInput): EndorsementCredential {
  const { subjectId, endorsementComment, ...fields } = input;
  const credentialSubject = dropUndefined({
    id: subjectId,
    type: ['EndorsementSubject'],
    endorsementComment,
  });
  const body = dropUndefined({
    ...fields,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    credentialSubject,
    credentialSchema: [OB_ENDORSEMENT_SCHEMA],
  });
  return { '@context': contextsFor(body), ...body } as EndorsementCredential;
}

function requireString(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new OpenBadgesError('ob.invalid_argument', `${field} must be a non-empty string`, {
      field,
    });
  }
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
