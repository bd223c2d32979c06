import type { BadgesItem } from '@territoires/contracts';
import { iso } from '../time/index.js';
import type { badgesItems } from './tables.js';

export const presentBadgesItem = (row: typeof badgesItems.$inferSelect): BadgesItem => ({
  id: row.id,
  participantId: row.participantId,
  at: iso(row.createdAt),
  label: row.label,
});
