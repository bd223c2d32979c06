import {
  SENSITIVE_PROFILE_FIELDS,
  type Role,
  type TimelineEventKind,
} from '@territoires/contracts';
import { canSeeSensitive, type AccessLevel } from '../participants/policy.js';

/*
 * Pathway changes (phase, contracts, amendments, exits) are writes to the participant's file: they
 * go through participants/write.ts, which applies the participants policy (requireEdit).
 */

/** Who co-signs a contract: a référent, a coordinateur or coordination (in any organisation). */
export const CO_SIGNER_ROLES = [
  'referent',
  'coordinator',
  'coordination',
] as const satisfies Role[];

export const mayCoSign = (roles: readonly { role: Role }[]): boolean =>
  roles.some(({ role }) => (CO_SIGNER_ROLES as readonly Role[]).includes(role));

/**
 * Kinds whose data is the participant's own words or what they lived (experience titles, evidence,
 * reflexivity times): only those who may read experiences (team, coordination) read it.
 */
const EXPERIENCE_KINDS: ReadonlySet<TimelineEventKind> = new Set<TimelineEventKind>([
  'experience_recorded',
  'experience_updated',
  'evidence_added',
  'reflection_recorded',
  'reflection_updated',
]);

const SENSITIVE = new Set<string>(SENSITIVE_PROFILE_FIELDS);

/**
 * What of a timeline event the viewer reads. Everyone who sees the timeline reads kind and date;
 * colleagues (the following organisation, not on the team) read the data of what their level may
 * read elsewhere: never an experience's title, never the name of a sensitive field (ADR 12).
 */
export function timelineDataFor(
  level: AccessLevel,
  kind: TimelineEventKind,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (canSeeSensitive(level)) return data;
  if (EXPERIENCE_KINDS.has(kind)) return {};
  const fields = data.fields;
  if (!Array.isArray(fields)) return data;
  return { ...data, fields: fields.filter((field) => !SENSITIVE.has(String(field))) };
}
