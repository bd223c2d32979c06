import { parisDay } from '../../time/index.js';
import type { AttendanceDimension } from '../activity-definitions.js';
import type { RawCells, RawTable } from '../activity-figures.js';
import { ALL, NOT_RECORDED, type Scope } from '../definitions.js';
import type { RawData } from './brute-force.js';

/**
 * docs/indicators.md#attendance and #badges recomputed the slow obvious way over raw rows: the
 * property test (activity-definitions.test.ts) compares it with the SQL on random datasets.
 */

export interface RawActivity {
  id: string;
  organisationId: string;
  thematiques: string[];
}
export interface RawSession {
  id: string;
  activityId: string;
  startsAt: Date;
  cancelled: boolean;
}
export interface RawMark {
  sessionId: string;
  participantId: string;
  status: 'present' | 'late' | 'absent' | 'excused';
}
export interface RawAward {
  id: string;
  participantId: string;
  achievementId: string;
  offeredAt: Date;
  acceptedAt: Date | null;
  reissue: boolean;
  share: { createdAt: Date; revokedAt: Date | null } | null;
  endorsement: { status: 'pending' | 'accepted' | 'declined'; decidedAt: Date | null } | null;
}
export interface RawActivityData {
  activities: RawActivity[];
  sessions: RawSession[];
  marks: RawMark[];
  /** The achievements' issuers, by achievement id. */
  issuerOf: Map<string, string>;
  awards: RawAward[];
}

const within = (day: string, scope: Scope) => day >= scope.from && day <= scope.to;

const inScopeIds = (data: RawData, scope: Scope) =>
  new Set(
    data.participants
      .filter(
        (p) =>
          (scope.territory === undefined || p.territory === scope.territory) &&
          (scope.organisationId === undefined || p.organisationId === scope.organisationId) &&
          (scope.within === undefined || scope.within.includes(p.organisationId)),
      )
      .map((p) => p.id),
  );

type Group<T> = Map<string, T[]>;
const push = <T>(groups: Group<T>, key: string, item: T) =>
  groups.set(key, [...(groups.get(key) ?? []), item]);
const sortedRows = (groups: Map<string, RawCells>) =>
  [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, cells]) => ({ key, cells }));

export function attendanceBruteForce(
  data: RawData,
  activity: RawActivityData,
  scope: Scope,
  dimension: AttendanceDimension,
): RawTable {
  const ids = inScopeIds(data, scope);
  const sessions = new Map(activity.sessions.map((s) => [s.id, s]));
  const activities = new Map(activity.activities.map((a) => [a.id, a]));
  const groups: Group<RawMark> = new Map();
  for (const mark of activity.marks) {
    const session = sessions.get(mark.sessionId);
    const held = session && !session.cancelled && within(parisDay(session.startsAt), scope);
    if (!held || !ids.has(mark.participantId) || !['present', 'late'].includes(mark.status))
      continue;
    push(groups, ALL, mark);
    const act = activities.get(session.activityId);
    if (!act) continue;
    const keys =
      dimension === 'partner'
        ? [act.organisationId]
        : act.thematiques.length === 0
          ? [NOT_RECORDED]
          : act.thematiques;
    for (const key of keys) push(groups, key, mark);
  }
  const cells = (marks: RawMark[]): RawCells => {
    const people = new Set(marks.map((m) => m.participantId)).size;
    return {
      counts: { participants: people, presences: marks.length },
      people: { participants: people, presences: people },
    };
  };
  const rows = new Map([...groups].filter(([k]) => k !== ALL).map(([k, m]) => [k, cells(m)]));
  return { total: cells(groups.get(ALL) ?? []), rows: sortedRows(rows) };
}

export function badgesBruteForce(data: RawData, activity: RawActivityData, scope: Scope): RawTable {
  const ids = inScopeIds(data, scope);
  const live = (award: RawAward) => {
    const share = award.share;
    return (
      share !== null &&
      parisDay(share.createdAt) <= scope.to &&
      (share.revokedAt === null || parisDay(share.revokedAt) > scope.to)
    );
  };
  const endorsed = (award: RawAward) => {
    const e = award.endorsement;
    return e?.status === 'accepted' && e.decidedAt !== null && parisDay(e.decidedAt) <= scope.to;
  };
  const groups: Group<RawAward> = new Map();
  for (const award of activity.awards) {
    if (award.reissue || !ids.has(award.participantId)) continue;
    const offered = within(parisDay(award.offeredAt), scope);
    const accepted = award.acceptedAt !== null && within(parisDay(award.acceptedAt), scope);
    if (!offered && !accepted) continue;
    push(groups, ALL, award);
    push(groups, activity.issuerOf.get(award.achievementId) ?? '', award);
  }
  const cells = (awards: RawAward[]): RawCells => {
    const acceptedIn = (a: RawAward) =>
      a.acceptedAt !== null && within(parisDay(a.acceptedAt), scope);
    const columns: Record<string, (a: RawAward) => boolean> = {
      offered: (a) => within(parisDay(a.offeredAt), scope),
      accepted: acceptedIn,
      shared: (a) => acceptedIn(a) && live(a),
      endorsed: (a) => acceptedIn(a) && endorsed(a),
    };
    const counts: Record<string, number> = {};
    const people: Record<string, number> = {};
    for (const [name, test] of Object.entries(columns)) {
      const kept = awards.filter(test);
      counts[name] = kept.length;
      people[name] = new Set(kept.map((a) => a.participantId)).size;
    }
    return { counts, people };
  };
  const rows = new Map([...groups].filter(([k]) => k !== ALL).map(([k, a]) => [k, cells(a)]));
  return { total: cells(groups.get(ALL) ?? []), rows: sortedRows(rows) };
}
