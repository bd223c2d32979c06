import { and, eq, sql, type SQL } from 'drizzle-orm';
import { achievements, awards } from '../badges/tables.js';
import type { Db } from '../db/database.js';
import { activities, activitySessions, attendances, participants } from '../db/schema.js';
import { inScope, type Scope } from './definitions.js';

/*
 * The activity figures of docs/indicators.md (#attendance, #badges), in the style of definitions.ts:
 * one query per definition, the participant scope the same (territory, organisation, what the viewer
 * may see), a key per row ('all' without breakdown). Dates are Paris days, inclusive.
 */

/** What attendance is grouped by: the activity's organisation (partner), or its thématiques. */
export type AttendanceDimension = 'partner' | 'thematique';

const int = (expression: SQL) => sql<number>`${expression}::int`.mapWith(Number);
const parisDay = (column: SQL | typeof activitySessions.startsAt) =>
  sql`(${column} at time zone 'Europe/Paris')::date`;
const inPeriod = (day: SQL, scope: Scope) =>
  sql`${day} between ${scope.from}::date and ${scope.to}::date`;

/** One row per thématique of the activity (none: one row, null). */
const thematique = sql`lateral jsonb_array_elements_text(${activities.thematiques}) as th(value)`;

/**
 * Presences (marks present or late) of programme participants at sessions held (not cancelled) in
 * the period: distinct people and marks, per key.
 */
export function attendance(db: Db, scope: Scope, dimension?: AttendanceDimension) {
  const key =
    dimension === 'partner'
      ? sql<string>`${activities.organisationId}::text`
      : dimension === 'thematique'
        ? sql<string>`coalesce(th.value, 'not_recorded')`
        : sql<string>`'all'`;
  const base = db
    .select({
      key,
      participants: int(sql`count(distinct ${attendances.participantId})`),
      presences: int(sql`count(*)`),
    })
    .from(attendances)
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(participants, eq(participants.id, attendances.participantId));
  const joined = dimension === 'thematique' ? base.leftJoin(thematique, sql`true`) : base;
  return joined
    .where(
      and(
        sql`${attendances.status} in ('present', 'late')`,
        sql`${activitySessions.cancelledAt} is null`,
        inPeriod(parisDay(activitySessions.startsAt), scope),
        inScope(scope),
      ),
    )
    .groupBy(sql`1`);
}

/**
 * Badges per issuing organisation (the badge's designer), first signatures only (not re-issues):
 * offered in the period; accepted in the period; of those accepted, shared (a share link live on
 * the period's last day) and endorsed (an endorsement of the award accepted by its earner by then).
 * Each with its distinct recipients, which the masking counts.
 */
export function badgesByIssuer(db: Db, scope: Scope, byIssuer = true) {
  const offeredIn = inPeriod(parisDay(sql`${awards.offeredAt}`), scope);
  const acceptedIn = inPeriod(parisDay(sql`${awards.acceptedAt}`), scope);
  const shared = sql`${acceptedIn} and exists (select 1 from award_shares s where s.award_id = ${awards.id} and (s.created_at at time zone 'Europe/Paris')::date <= ${scope.to}::date and (s.revoked_at is null or (s.revoked_at at time zone 'Europe/Paris')::date > ${scope.to}::date))`;
  const endorsed = sql`${acceptedIn} and exists (select 1 from endorsements e where e.target_kind = 'award' and e.target_id = ${awards.id} and e.status = 'accepted' and (e.decided_at at time zone 'Europe/Paris')::date <= ${scope.to}::date)`;
  const both = (condition: SQL) => ({
    count: int(sql`count(*) filter (where ${condition})`),
    people: int(sql`count(distinct ${awards.participantId}) filter (where ${condition})`),
  });
  const o = both(offeredIn);
  const a = both(acceptedIn);
  const s = both(shared);
  const e = both(endorsed);
  return db
    .select({
      key: byIssuer ? sql<string>`${achievements.organisationId}::text` : sql<string>`'all'`,
      offered: o.count,
      offeredPeople: o.people,
      accepted: a.count,
      acceptedPeople: a.people,
      shared: s.count,
      sharedPeople: s.people,
      endorsed: e.count,
      endorsedPeople: e.people,
    })
    .from(awards)
    .innerJoin(achievements, eq(achievements.id, awards.achievementId))
    .innerJoin(participants, eq(participants.id, awards.participantId))
    .where(
      and(
        sql`${awards.reissuedFromId} is null`,
        sql`(${offeredIn} or ${acceptedIn})`,
        inScope(scope),
      ),
    )
    .groupBy(sql`1`);
}
