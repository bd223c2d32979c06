import { ACTIVITY_KINDS, DI_THEMATIQUES, TERRITORIES } from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../apps/server/src/db/database.js';
import type { SeededReference } from '../../apps/server/src/seed/reference.js';

const array = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]::text[]`);

const COMMUNES = ['Caen', 'Hérouville-Saint-Clair', 'Colombelles', 'Mondeville', 'Ifs', 'Évrecy'];

/**
 * Bulk-generates activities (spread over the partners, kinds, thématiques, territories and communes)
 * and weekly sessions around today (half past, half ahead), in SQL: the services would take too long.
 */
export async function generateCatalogue(
  db: Db,
  reference: SeededReference,
  activityCount: number,
  sessionCount: number,
): Promise<void> {
  const organisationIds = array(Object.values(reference.organisationIds));
  const perActivity = Math.ceil(sessionCount / activityCount);
  await db.execute(sql`
    insert into activities (organisation_id, title, kind, description, thematiques, publics, commune, territory, address)
    select (${organisationIds})[1 + g % ${Object.keys(reference.organisationIds).length}]::uuid,
      'Activité ' || g || ' ' || (array['fablab','jardin','cinéma','football','cuisine','randonnée','théâtre'])[1 + g % 7],
      (${array(ACTIVITY_KINDS)})[1 + g % ${ACTIVITY_KINDS.length}],
      'Description de l''activité ' || g,
      jsonb_build_array((${array(DI_THEMATIQUES)})[1 + g % ${DI_THEMATIQUES.length}], (${array(DI_THEMATIQUES)})[1 + (g / 3) % ${DI_THEMATIQUES.length}]),
      '["tous-publics"]'::jsonb,
      (${array(COMMUNES)})[1 + g % ${COMMUNES.length}],
      (${array(TERRITORIES)})[1 + (g / 5) % ${TERRITORIES.length}],
      g || ' rue de la Bench'
    from generate_series(1, ${activityCount}) as g`);
  // One weekly slot per activity (weekday and hour from its number), weeks centred on today.
  await db.execute(sql`
    insert into activity_sessions (activity_id, starts_at, ends_at, place, capacity, registered_count)
    select a.id,
      date_trunc('week', now()) + (w - ${Math.floor(perActivity / 2)}) * interval '1 week'
        + (a.n % 7) * interval '1 day' + (8 + a.n % 10) * interval '1 hour',
      date_trunc('week', now()) + (w - ${Math.floor(perActivity / 2)}) * interval '1 week'
        + (a.n % 7) * interval '1 day' + (10 + a.n % 10) * interval '1 hour',
      a.address, 12, a.n % 13
    from (select id, address, row_number() over (order by id) as n from activities) a
    cross join generate_series(1, ${perActivity}) as w`);
  await db.execute(sql`analyze`);
}
