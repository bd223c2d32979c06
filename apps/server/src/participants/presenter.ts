import type { AlertKind, ParticipantDetail } from '@territoires/contracts';
import { contractDeadline, SENSITIVE_PROFILE_FIELDS } from '@territoires/contracts';
import type { participants } from '../db/schema.js';
import type { ParticipantFile } from './file-repository.js';
import { canChangeTeam, canEdit, canSeeFile, canSeeSensitive, type AccessLevel } from './policy.js';
import { iso } from '../time/index.js';

type ParticipantRow = typeof participants.$inferSelect;

function presentProfile(profile: NonNullable<ParticipantFile['profile']>, sensitive: boolean) {
  const { participantId: _p, consentRecordedBy: _b, consentRecordedAt, ...criteria } = profile;
  const hidden = new Set<string>(sensitive ? [] : SENSITIVE_PROFILE_FIELDS);
  const visible = Object.fromEntries(Object.entries(criteria).filter(([key]) => !hidden.has(key)));
  return { ...visible, consentRecordedAt: iso(consentRecordedAt), sensitiveVisible: sensitive };
}

function presentContracts(file: ParticipantFile) {
  const names = new Map(file.signers.map((s) => [s.id, s.displayName]));
  return file.contracts.map((c) => ({
    id: c.id,
    number: c.number,
    signedOn: c.signedOn,
    plannedEndOn: c.plannedEndOn,
    deadlineOn: contractDeadline(c.signedOn),
    status: c.status,
    coSigners: c.coSignerIds.map((staffId) => ({ staffId, displayName: names.get(staffId) ?? '' })),
    objectives: file.objectives
      .filter((o) => o.contractId === c.id && o.removedAt === null)
      .map((o) => ({ id: o.id, position: o.position, text: o.text })),
    amendments: file.amendments
      .filter((a) => a.contractId === c.id)
      .map(({ contractId: _c, at, ...a }) => ({ ...a, at: iso(at) })),
  }));
}

export function presentParticipant(
  row: ParticipantRow,
  level: AccessLevel,
  alerts: AlertKind[],
  file: ParticipantFile | null,
): ParticipantDetail {
  const base = {
    id: row.id,
    pseudonym: row.pseudonym,
    phase: row.phase,
    version: row.version,
    organisationId: row.organisationId,
    createdAt: iso(row.createdAt),
    lastEventAt: iso(row.lastEventAt),
    alerts,
    can: {
      edit: canEdit(level),
      seeNotes: canSeeFile(level),
      seeSensitive: canSeeSensitive(level),
      changeTeam: canChangeTeam(level),
    },
  };
  if (!canSeeFile(level) || !file) return base;
  return {
    ...base,
    contact: row.contact,
    referralSource: row.referralSource,
    territory: row.territory,
    commune: row.commune,
    team: file.team,
    profile: file.profile ? presentProfile(file.profile, canSeeSensitive(level)) : null,
    contracts: presentContracts(file),
    exits: file.exits.map((e) => ({
      id: e.id,
      contractId: e.contractId,
      exitOn: e.exitOn,
      situation: e.situation,
      contractMonths: e.contractMonths,
      category: e.category,
      comment: e.comment,
    })),
  };
}
