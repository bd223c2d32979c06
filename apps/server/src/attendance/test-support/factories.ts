import type { Db } from '../../db/database.js';
import type { AttendanceStatus } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { attendances, participantCards } from '../../db/schema.js';
import { makeActivity, makeSession } from '../../activities/test-support/factories.js';
import { makeOrganisation } from '../../test-support/factories.js';
import { TEST_NOW } from '../../test-support/app.js';

const MINUTE = 60_000;

/**
 * A session that can take registrations (two days after TEST_NOW unless told), of a fablab activity
 * of the given organisation (built when none is given).
 */
export async function makeOpenSession(
  db: Db,
  overrides: Partial<{
    organisationId: string;
    activityId: string;
    title: string;
    startsAt: Date;
    durationMinutes: number;
    capacity: number;
    place: string | null;
    cancelled: boolean;
  }> = {},
) {
  const organisationId = overrides.organisationId ?? (await makeOrganisation(db)).id;
  const activityId =
    overrides.activityId ??
    (
      await makeActivity(db, {
        organisationId,
        kind: 'fablab',
        address: '12 rue des Ateliers',
        commune: 'Caen',
        ...(overrides.title ? { title: overrides.title } : {}),
      })
    ).id;
  // Soon after TEST_NOW, so that marks recorded at TEST_NOW fall in its marking window.
  const startsAt = overrides.startsAt ?? new Date(TEST_NOW.getTime() + 20 * MINUTE);
  const endsAt = new Date(startsAt.getTime() + (overrides.durationMinutes ?? 120) * 60_000);
  const session = await makeSession(db, {
    activityId,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    capacity: overrides.capacity ?? 10,
    place: overrides.place === undefined ? 'Fablab du Chemin Vert' : overrides.place,
    cancelledAt: overrides.cancelled ? TEST_NOW.toISOString() : null,
  });
  return { ...session, organisationId };
}

/** A card with a known code (8 characters of the card alphabet), live unless revoked. */
export async function makeCard(
  db: Db,
  participantId: string,
  overrides: Partial<{ code: string; revoked: boolean }> = {},
) {
  const code =
    overrides.code ??
    Array.from(
      { length: 8 },
      () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 32)],
    ).join('');
  const [card] = await db
    .insert(participantCards)
    .values({
      participantId,
      code,
      issuedAt: TEST_NOW.toISOString(),
      revokedAt: overrides.revoked ? TEST_NOW.toISOString() : null,
    })
    .returning();
  if (!card) throw new Error('no card');
  return card;
}

/** A mark on a roster line, written directly (as a sync would), absent unless told. */
export async function makeMark(
  db: Db,
  values: {
    sessionId: string;
    registrationId: string;
    recordedById: string;
    participantId?: string | null;
    status?: AttendanceStatus;
  },
): Promise<string> {
  const [row] = await db
    .insert(attendances)
    .values({
      participantId: null,
      status: 'absent',
      ...values,
      clientId: randomUUID(),
      method: 'roster',
      recordedAt: TEST_NOW.toISOString(),
    })
    .returning({ id: attendances.id });
  if (!row) throw new Error('no mark');
  return row.id;
}
