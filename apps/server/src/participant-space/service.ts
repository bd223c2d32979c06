import type { ParticipantSession } from '@territoires/contracts';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import { PARTICIPANT_SESSION_DAYS } from '../auth/participant-session.js';
import {
  deleteExpiredParticipantSessions,
  deleteParticipantSession,
  deleteSessionsOf,
  insertParticipantSession,
} from '../auth/participant-session-repository.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Tx } from '../db/database.js';
import { UnauthenticatedError } from '../errors/index.js';
import { participantFor, findParticipant, recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { hashSignInCode, newSignInCode } from './codes.js';
import { requireSpaceKeeper } from './policy.js';
import { consumeCode, deleteCodesOf, insertCode, sweepExpiredCodes } from './repository.js';
import { plusDays, plusMinutes } from '../time/index.js';

export const CODE_MINUTES = 15;

async function requireFullAccess(tx: Tx, actor: Actor, participantId: string): Promise<void> {
  const { level } = await participantFor(tx, actor, participantId);
  requireSpaceKeeper(level);
}

/** Issues a one-time code; the participant's earlier unused codes stop working. */
export function issueSignInCode(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<{ code: string; expiresAt: Date }> {
  const now = services.clock();
  const expiresAt = plusMinutes(now, CODE_MINUTES);
  return services.database.db.transaction(async (tx) => {
    await requireFullAccess(tx, actor, participantId);
    await sweepExpiredCodes(tx, now);
    const revoked = await deleteCodesOf(tx, participantId);
    let code = newSignInCode();
    // A clash with another live code is rare (36 bits); draw again rather than fail.
    for (let attempt = 1; ; attempt++) {
      const values = {
        participantId,
        codeHash: hashSignInCode(code),
        issuedBy: actor.staffId,
        expiresAt: expiresAt.toISOString(),
      };
      if (await insertCode(tx, values)) break;
      if (attempt >= 5) throw new Error('could not draw a free sign-in code');
      code = newSignInCode();
    }
    // The code itself is never written down anywhere but in the answer.
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'participant_space_code_issued',
        data: { expiresAt: expiresAt.toISOString() },
        audit: {
          action: 'participant_space.code_issue',
          entityType: 'participant',
          entityId: participantId,
          after: { expiresAt: expiresAt.toISOString(), revokedCodes: revoked },
        },
        signOfLife: false,
      },
      now,
    );
    return { code, expiresAt };
  });
}

/**
 * Signs in with a code. Unknown, expired and used codes get the same answer, so codes cannot be
 * probed; the rate limit on the route bounds guessing.
 */
export function signIn(
  services: Services,
  typed: string,
): Promise<{ token: string; expiresAt: Date; session: ParticipantSession }> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const used = await consumeCode(tx, hashSignInCode(typed), now);
    if (!used) {
      throw new UnauthenticatedError(
        'participant_space.code_invalid',
        'This code does not work: it may be mistyped, used or expired.',
      );
    }
    const { participantId } = used;
    const participant = await findParticipant(tx, participantId);
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = plusDays(now, PARTICIPANT_SESSION_DAYS);
    await deleteExpiredParticipantSessions(tx, now);
    await insertParticipantSession(tx, {
      tokenHash: hashToken(token),
      participantId,
      csrfToken,
      expiresAt: expiresAt.toISOString(),
    });
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: null,
        kind: 'participant_space_signed_in',
        audit: {
          action: 'participant_space.sign_in',
          entityType: 'participant',
          entityId: participantId,
        },
        signOfLife: false,
      },
      now,
    );
    return {
      token,
      expiresAt,
      session: { participantId, pseudonym: participant.pseudonym, csrfToken },
    };
  });
}

export const signOut = (services: Services, tokenHash: string): Promise<void> =>
  deleteParticipantSession(services.database.db, tokenHash);

/** Staff end every session of the participant (a lost phone) and their unused codes. */
export function signOutEverywhere(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<void> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    await requireFullAccess(tx, actor, participantId);
    const sessions = await deleteSessionsOf(tx, participantId);
    const codes = await deleteCodesOf(tx, participantId);
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'participant_space_signed_out_everywhere',
        data: { sessions },
        audit: {
          action: 'participant_space.sign_out_everywhere',
          entityType: 'participant',
          entityId: participantId,
          before: { sessions, codes },
        },
        signOfLife: false,
      },
      now,
    );
  });
}

export const sessionOf = (
  participant: ParticipantActor,
  csrfToken: string,
): ParticipantSession => ({ ...participant, csrfToken });
