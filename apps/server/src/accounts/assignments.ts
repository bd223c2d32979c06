import type { AccountAssignments } from '@territoires/contracts';
import { facilitatedBy } from '../activities/index.js';
import type { Actor } from '../auth/actor.js';
import { NotFoundError } from '../errors/index.js';
import { followedBy } from '../participants/index.js';
import type { Services } from '../services.js';
import { namesFollowedFiles, requireRunsAccount } from './policy.js';
import { findStaff, membershipRows } from './repository.js';

/**
 * What a leaver holds, before or after deactivation: the reassignment screen links each item to
 * the existing writes (the file's team, the session's facilitator).
 */
export async function accountAssignments(
  services: Services,
  actor: Actor,
  staffId: string,
): Promise<AccountAssignments> {
  const { db } = services.database;
  const target = await findStaff(db, staffId);
  requireRunsAccount(actor, { memberships: target ? await membershipRows(db, [staffId]) : [] });
  if (!target) throw new NotFoundError('Account');
  const [files, sessions] = await Promise.all([
    followedBy(db, staffId),
    facilitatedBy(db, staffId, services.clock()),
  ]);
  return {
    participants: namesFollowedFiles(actor) ? files : null,
    participantCount: files.length,
    sessions,
  };
}
