import { and, asc, or } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { participants } from '../db/schema.js';
import { alertConditions } from './repository.js';
import { visibleParticipants } from './visibility-sql.js';

/**
 * The participants the actor sees whose contract nears 15 months or who show no sign of life, least
 * recently active first: what the alerts page reads (alerts/ asks here rather than reading the table).
 */
export function alertRows(db: Db, actor: Actor, now: Date, limit: number) {
  const conditions = alertConditions(now);
  return db
    .select({
      id: participants.id,
      pseudonym: participants.pseudonym,
      lastEventAt: participants.lastEventAt,
      deadlineOn: participants.contractDeadlineOn,
      inactive: conditions.inactive.mapWith(Boolean),
      ending: conditions.contract_ending.mapWith(Boolean),
    })
    .from(participants)
    .where(and(visibleParticipants(actor), or(conditions.inactive, conditions.contract_ending)))
    .orderBy(asc(participants.lastEventAt))
    .limit(limit);
}
