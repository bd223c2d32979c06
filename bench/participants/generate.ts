import { sql } from 'drizzle-orm';
import type { Db } from '../../apps/server/src/db/database.js';
import type { SeededReference } from '../../apps/server/src/seed/reference.js';
import { MAX_CONTRACT_MONTHS, PHASES, REFERRAL_SOURCES, TERRITORIES } from '@territoires/contracts';

const array = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]::text[]`);

/**
 * Bulk-generates participants in SQL (the domain services would take hours for 100,000): spread over
 * phases, territories, three référents and three years, with their team and, once in accompaniment
 * or later, a contract, so that the list's filters and alert flags have real work to do.
 */
export async function generateParticipants(
  db: Db,
  count: number,
  reference: SeededReference,
): Promise<void> {
  const referents = [
    reference.actors.referent,
    reference.actors.referent2,
    reference.actors.referent3,
  ];
  const referentIds = array(referents.map((r) => r.staffId));
  const organisationIds = array(referents.map((r) => r.memberships[0]?.organisationId ?? ''));
  await db.execute(sql`
    insert into participants (pseudonym, referral_source, territory, phase, organisation_id, referent_id, created_at, last_event_at)
    select 'Bench ' || g,
      (${array(REFERRAL_SOURCES)})[1 + g % ${REFERRAL_SOURCES.length}],
      (${array(TERRITORIES)})[1 + (g / 7) % ${TERRITORIES.length}],
      (${array(PHASES)})[1 + (g * 7 / 3) % ${PHASES.length}],
      (${organisationIds})[1 + g % 3]::uuid,
      (${referentIds})[1 + g % 3]::uuid,
      now() - ((g * 37) % 1095) * interval '1 day',
      now() - ((g * 13) % 400) * interval '1 day'
    from generate_series(1, ${count}) as g`);
  await db.execute(sql`
    insert into follow_up_assignments (participant_id, staff_id, role, start_on)
    select id, referent_id, 'referent', created_at::date from participants where referent_id is not null`);
  await db.execute(sql`
    insert into contracts (participant_id, number, signed_on, planned_end_on, status, co_signer_ids)
    select id, 1, (created_at + interval '20 days')::date, (created_at + interval '12 months')::date,
      case when phase = 'exit' then 'ended' else 'active' end, jsonb_build_array(referent_id)
    from participants where phase in ('accompaniment', 'insertion', 'exit')`);
  await db.execute(sql`
    update participants p set contract_deadline_on = (c.signed_on + make_interval(months => ${MAX_CONTRACT_MONTHS}))::date
    from contracts c where c.participant_id = p.id and c.status = 'active'`);
  await db.execute(sql`analyze`);
}
