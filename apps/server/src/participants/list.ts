import type { ParticipantList } from '@territoires/contracts';
import { ALERT_KINDS } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import type { Services } from '../services.js';
import { cachedRead } from '../db/read-cache.js';
import { listKey } from './list-cache.js';
import { requireParticipantListReader } from './policy.js';
import { listParticipants as listRows, type ListFilters } from './repository.js';
import { visibleParticipants } from './visibility-sql.js';
import { iso } from '../time/index.js';

export async function listParticipants(
  services: Services,
  actor: Actor,
  query: ListFilters,
): Promise<ParticipantList> {
  requireParticipantListReader(actor);
  const now = services.clock();
  return cachedRead(services.database, listKey(actor, query), now, () =>
    computeList(services, actor, query, now),
  );
}

async function computeList(
  services: Services,
  actor: Actor,
  query: ListFilters,
  now: Date,
): Promise<ParticipantList> {
  const { rows, total, totalCapped } = await listRows(
    services.database.db,
    visibleParticipants(actor),
    query,
    now,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      pseudonym: r.pseudonym,
      phase: r.phase,
      territory: r.territory,
      version: r.version,
      lastEventAt: iso(r.lastEventAt),
      referent:
        r.referentId && r.referentName ? { id: r.referentId, displayName: r.referentName } : null,
      alerts: ALERT_KINDS.filter((kind) => (kind === 'inactive' ? r.inactive : r.contractEnding)),
    })),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}
