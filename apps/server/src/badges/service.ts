import type { BadgesItem } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { participantFor } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireBadgesReader } from './policy.js';
import { presentBadgesItem } from './presenter.js';
import { badgesOf } from './repository.js';

// A write goes in one transaction: the change, then recordParticipantEvent(tx, …) from
// participants/index.js (sign of life, timeline kind 'badges_recorded', audit), and its audit
// spec in test-support/audit-specs.ts.

export async function listBadges(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<BadgesItem[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requireBadgesReader(level);
  return (await badgesOf(db, participantId)).map(presentBadgesItem);
}
