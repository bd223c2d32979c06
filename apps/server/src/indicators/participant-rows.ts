import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { exits, participantProfiles, participants } from '../db/schema.js';
import { inScope, type Scope } from './definitions.js';

const createdOn = sql`(${participants.createdAt} at time zone 'Europe/Paris')::date`;

/**
 * The participant-level file's rows: everyone in scope with something in the period (first contact,
 * a contract signed, an exit), with their phase dates up to the period's end and profile criteria.
 * No pseudonym, contact, commune or note: only the id, turned into a keyed hash by the caller.
 */
export const participantRows = (db: Db, scope: Scope) => {
  const { from, to } = scope;
  const lastExit = (column: 'exit_on' | 'category') =>
    sql`(select ${sql.identifier(column)} from ${exits} e where e.participant_id = ${participants.id} and e.exit_on <= ${to}::date order by e.exit_on desc, e.created_at desc limit 1)`;
  return db
    .select({
      id: participants.id,
      territory: participants.territory,
      ageBand: participantProfiles.ageBand,
      sex: participantProfiles.sex,
      qualificationLevel: participantProfiles.qualificationLevel,
      rsa: participantProfiles.rsa,
      rqth: participantProfiles.rqth,
      longTermJobSeeker: participantProfiles.longTermJobSeeker,
      refugee: participantProfiles.refugee,
      digitalExclusion: participantProfiles.digitalExclusion,
      firstContactOn: sql<string>`${createdOn}::text`,
      firstContractOn: sql<
        string | null
      >`(select min(c.signed_on)::text from contracts c where c.participant_id = ${participants.id} and c.signed_on <= ${to}::date)`,
      lastContractOn: sql<
        string | null
      >`(select max(c.signed_on)::text from contracts c where c.participant_id = ${participants.id} and c.signed_on <= ${to}::date)`,
      contracts:
        sql<number>`(select count(*)::int from contracts c where c.participant_id = ${participants.id} and c.signed_on <= ${to}::date)`.mapWith(
          Number,
        ),
      lastExitOn: sql<string | null>`${lastExit('exit_on')}::text`,
      lastExitCategory: sql<string | null>`${lastExit('category')}`,
    })
    .from(participants)
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(
      and(
        inScope(scope),
        sql`(${createdOn} between ${from}::date and ${to}::date
          or exists (select 1 from contracts c where c.participant_id = ${participants.id} and c.signed_on between ${from}::date and ${to}::date)
          or exists (select 1 from exits e where e.participant_id = ${participants.id} and e.exit_on between ${from}::date and ${to}::date))`,
      ),
    )
    .orderBy(participants.id);
};
