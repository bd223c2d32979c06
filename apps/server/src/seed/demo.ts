import type { Database } from '../db/database.js';
import { organisations } from '../db/schema.js';
import { noFileStorage, type FileStorage } from '../files/storage.js';
import { noIssuerKeys, type IssuerKeyring } from '../keys/keyring.js';
import { seedBadges } from './badges.js';
import { tellStory, type TimeMachine } from './history.js';
import { seededRandom } from './random.js';
import { seedReference } from './reference.js';
import { seedCatalogue } from './catalogue.js';
import { writeCrowd } from './bulk-history.js';
import { utcDay } from '../time/index.js';
import { seedSurveys } from './surveys.js';

/** About the real programme's size (500 people over three years): storied ones, then the crowd. */
export const DEMO_PARTICIPANTS = 500;
/** The people whose story is written through the domain services (notes, phases, registrations). */
export const STORIED_PARTICIPANTS = 150;

export const isEmpty = async (database: Database): Promise<boolean> =>
  (await database.db.$count(organisations)) === 0;

/**
 * The Caen consortium with its partners, staff for every role and ~500 fictional participants with
 * three years of history: the first 150 written through the domain services so the data obeys the
 * same rules, the crowd beyond them planned and written in bulk (bulk-history.ts) so that the first
 * start stays short.
 */
export async function seedDemo(
  database: Database,
  today: Date,
  participants = DEMO_PARTICIPANTS,
  /**
   * The issuers' keys and PUBLIC_URL: with them, the demo's badges are designed and signed; with
   * the file storage too, their images are drawn.
   */
  issuers?: { issuerKeys: IssuerKeyring; publicUrl: string; files?: FileStorage },
): Promise<void> {
  const random = seededRandom(2020_11_01);
  const reference = await seedReference(database.db, today);
  await seedCatalogue(database.db, reference, today);
  let now = today;
  const machine: TimeMachine = {
    services: {
      database,
      clock: () => now,
      files: noFileStorage,
      issuerKeys: issuers?.issuerKeys ?? noIssuerKeys,
    },
    set: (date) => (now = date),
  };
  const storied = Math.min(participants, STORIED_PARTICIPANTS);
  for (let index = 0; index < storied; index++) {
    await tellStory({ random, machine, reference, today, index });
  }
  if (participants > storied)
    await writeCrowd(
      database.db,
      reference,
      random,
      utcDay(today),
      storied,
      participants - storied,
    );
  machine.set(today);
  await seedSurveys(database.db, reference, random, today);
  if (issuers !== undefined) {
    const files = issuers.files ?? noFileStorage;
    await seedBadges({ ...machine.services, files }, issuers.publicUrl, reference);
  }
}
