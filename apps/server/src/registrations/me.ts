import type { MySession } from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { ParticipantActor } from '../auth/actor.js';
import { participantPrincipal } from '../auth/principal.js';
import type { Db, Tx } from '../db/database.js';
import { sessionRegistrations } from '../db/schema.js';
import type { Services } from '../services.js';
import { RegistrationNotFoundError } from './errors.js';
import { closedBecause } from './policy.js';
import { cancelRegistrationTx, inTransaction, registerParticipantTx } from './service.js';
import { findSession, placeOf, type SessionRow } from './sessions.js';
import { iso } from '../time/index.js';

async function liveRegistration(db: Db | Tx, sessionId: string, participantId: string) {
  const [row] = await db
    .select({ id: sessionRegistrations.id })
    .from(sessionRegistrations)
    .where(
      and(
        eq(sessionRegistrations.sessionId, sessionId),
        eq(sessionRegistrations.participantId, participantId),
        isNull(sessionRegistrations.cancelledAt),
      ),
    );
  return row ?? null;
}

function closedReason(session: SessionRow, now: Date): MySession['closedReason'] {
  const closed = closedBecause(session, now);
  if (closed !== null) return closed;
  if (session.registeredCount >= session.capacity) return 'full';
  return null;
}

/** What the participant sees of a session: the activity, when and where, and their own registration. */
async function present(db: Db | Tx, sessionId: string, me: ParticipantActor, now: Date) {
  const session = await findSession(db, sessionId);
  const registration = await liveRegistration(db, sessionId, me.participantId);
  return {
    id: session.id,
    activityTitle: session.activityTitle,
    activityKind: session.activityKind,
    description: session.description,
    startsAt: iso(session.startsAt),
    endsAt: iso(session.endsAt),
    place: placeOf(session),
    spotsLeft: Math.max(0, session.capacity - session.registeredCount),
    registered: registration !== null,
    closedReason: closedReason(session, now),
  };
}

export const mySession = (services: Services, me: ParticipantActor, sessionId: string) =>
  present(services.database.db, sessionId, me, services.clock());

export async function registerMe(
  services: Services,
  me: ParticipantActor,
  sessionId: string,
): Promise<MySession> {
  const now = services.clock();
  await inTransaction(services, async (tx) => {
    const session = await findSession(tx, sessionId);
    await registerParticipantTx(tx, session, me.participantId, participantPrincipal(me), now);
  });
  return present(services.database.db, sessionId, me, now);
}

export async function unregisterMe(
  services: Services,
  me: ParticipantActor,
  sessionId: string,
): Promise<MySession> {
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    await findSession(tx, sessionId);
    const registration = await liveRegistration(tx, sessionId, me.participantId);
    if (!registration) throw new RegistrationNotFoundError();
    await cancelRegistrationTx(tx, registration.id, participantPrincipal(me), now, () =>
      Promise.resolve(),
    );
  });
  return present(services.database.db, sessionId, me, now);
}
