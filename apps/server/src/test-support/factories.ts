import type {
  CreateParticipantBody,
  OrganisationKind,
  ParticipantDetail,
  Role,
} from '@territoires/contracts';
import { createParticipantBodySchema } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/database.js';
import {
  activities,
  activityRegistrations,
  memberships,
  organisations,
  staff,
} from '../db/schema.js';
import { createParticipant } from '../participants/index.js';
import type { Services } from '../services.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
// One argon2 hash for every test account keeps the suite fast.
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export async function makeOrganisation(
  db: Db,
  overrides: Partial<{ name: string; kind: OrganisationKind; sensitiveName: boolean }> = {},
) {
  const [row] = await db
    .insert(organisations)
    .values({
      name: `Structure ${randomUUID().slice(0, 8)}`,
      kind: 'partner_association',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('no organisation');
  return row;
}

export interface TestStaff extends Actor {
  email: string;
  password: string;
}

/** A staff member with one role; builds the organisation when none is given. */
export async function makeStaff(
  db: Db,
  overrides: Partial<{
    role: Role;
    organisationId: string;
    email: string;
    displayName: string;
  }> = {},
): Promise<TestStaff> {
  const organisationId = overrides.organisationId ?? (await makeOrganisation(db)).id;
  const role = overrides.role ?? 'referent';
  const email = overrides.email ?? `${role}.${randomUUID().slice(0, 8)}@test.example`;
  const displayName = overrides.displayName ?? `${role} ${email.slice(0, 12)}`;
  const [row] = await db
    .insert(staff)
    .values({ email, displayName, passwordHash: await testHash() })
    .returning();
  if (!row) throw new Error('no staff');
  await db.insert(memberships).values({ staffId: row.id, organisationId, role });
  return {
    staffId: row.id,
    displayName,
    email,
    password: TEST_PASSWORD,
    memberships: [{ organisationId, role }],
  };
}

/** A participant created through the real service; builds a référent when no actor is given. */
export async function makeParticipant(
  services: Services,
  overrides: Partial<CreateParticipantBody> & { actor?: Actor } = {},
): Promise<ParticipantDetail> {
  const { actor: given, ...fields } = overrides;
  const actor = given ?? (await makeStaff(services.database.db, { role: 'referent' }));
  const body = createParticipantBodySchema.parse({
    pseudonym: `Test ${randomUUID().slice(0, 6)}`,
    referralSource: 'self',
    territory: 'caen_chemin_vert',
    ...fields,
  });
  return createParticipant(services, actor, body);
}

/** An activity of the organisation with the participant registered on it (what gives partners access). */
export async function registerOnActivity(
  db: Db,
  organisationId: string,
  participantId: string,
): Promise<string> {
  const [activity] = await db
    .insert(activities)
    .values({ organisationId, title: 'Atelier test' })
    .returning();
  if (!activity) throw new Error('no activity');
  await db.insert(activityRegistrations).values({ activityId: activity.id, participantId });
  return activity.id;
}
