import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { activities, activitySeries, activitySessions } from '../db/schema.js';
import { CATALOGUE } from './activities-data.js';
import type { SeededReference } from './reference.js';
import {
  addDays,
  isoWeekday,
  parisParts,
  parisToUtc,
  plusMinutes,
  weeklyDates,
} from '../time/index.js';

const WEEKS_BACK = 3;
const WEEKS_AHEAD = 5;

/**
 * Completes the reference's activities and adds the rest of the catalogue, each with a weekly series
 * from a few weeks back to a few weeks ahead (direct inserts: the seed stays fast).
 */
export async function seedCatalogue(
  db: Db,
  reference: SeededReference,
  today: Date,
): Promise<void> {
  const now = today.toISOString();
  const day = parisParts(today).date;
  const firstOn = addDays(day, -7 * WEEKS_BACK - isoWeekday(day) + 1);
  const lastOn = addDays(day, 7 * WEEKS_AHEAD);
  for (const item of CATALOGUE) {
    const fields = {
      kind: item.kind,
      description: `${item.title}, avec ${item.place.commune === 'Évrecy' ? 'les habitants des Vallées de l’Orne et de l’Odon' : 'les habitants du quartier'}. Ouvert à toutes et à tous, sans prérequis.`,
      thematiques: item.thematiques,
      publics: ['tous-publics'],
      modesAccueil: ['en-presentiel'],
      ...item.place,
      equipment: item.equipment ?? null,
      volumeHoraireHebdomadaire: item.slot[2] / 60,
    };
    const organisationId = reference.organisationIds[item.organisation];
    const [existing] = await db
      .update(activities)
      .set(fields)
      .where(eq(activities.title, item.title))
      .returning({ id: activities.id });
    const [row] = existing
      ? [existing]
      : await db
          .insert(activities)
          .values({ ...fields, organisationId, title: item.title, createdAt: now, updatedAt: now })
          .returning({ id: activities.id });
    if (!row) throw new Error('insert returned nothing');
    const [weekday, startTime, durationMinutes, capacity] = item.slot;
    const facilitatorId = item.facilitator ? reference.actors[item.facilitator].staffId : null;
    const [series] = await db
      .insert(activitySeries)
      .values({
        activityId: row.id,
        weekday,
        startTime,
        durationMinutes,
        firstOn,
        lastOn,
        capacity,
        facilitatorId,
        place: item.place.address,
        createdAt: now,
      })
      .returning({ id: activitySeries.id });
    await db.insert(activitySessions).values(
      weeklyDates(weekday, firstOn, lastOn).map((date) => {
        const startsAt = parisToUtc(date, startTime);
        return {
          activityId: row.id,
          seriesId: series?.id ?? null,
          startsAt: startsAt.toISOString(),
          endsAt: plusMinutes(startsAt, durationMinutes).toISOString(),
          place: item.place.address,
          capacity,
          facilitatorId,
          createdAt: now,
        };
      }),
    );
  }
}
