import type { RecipientName } from '@territoires/contracts';
import type { IssuerKey } from '@territoires/open-badges';
import { inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import { levelFor, participantPseudonyms, recordParticipantEvents } from '../participants/index.js';
import type { Services } from '../services.js';
import { acceptanceEvent, acceptedColumns } from './acceptance.js';
import { unsignedAward } from './credentials.js';
import { addMonths } from './dates.js';
import { requireRecordAcceptance } from './policy.js';
import { awardViews, type AwardView } from './repository.js';
import { withSigningPool, type BulkSigning, type SignJob } from './signing/pool.js';
import { allocateStatuses } from './status.js';
import { awards, badgeRecipients } from './tables.js';
import { inChunks, updateAwards } from './bulk-writes.js';

/*
 * Many acceptances at once, recorded by staff (issue 16: 1,000 under 10 s on 2 cores), with the
 * single path's result for each award (acceptance.ts): load in bulk, decide in memory, sign on the
 * signing pool, write in bulk, all in one transaction. One award that may not be accepted (unknown,
 * not followed closely enough, no longer offered) refuses the whole batch with its error.
 */

export interface AcceptanceItem {
  awardId: string;
  name: RecipientName;
}

interface Planned {
  view: AwardView;
  item: AcceptanceItem;
  listId: string;
  index: number;
  validUntil: Date | null;
  job: SignJob;
}

/** Locks and loads the awards, then applies the single path's checks to each, in its order. */
async function load(tx: Tx, publicUrl: string, actor: Actor, items: readonly AcceptanceItem[]) {
  const ids = items.map((item) => item.awardId);
  await tx.select({ id: awards.id }).from(awards).where(inArray(awards.id, ids)).for('update');
  const views = new Map(
    (await awardViews(tx, publicUrl, { awardIds: ids })).map((v) => [v.award.id, v]),
  );
  const ordered = ids.map((id) => {
    const view = views.get(id);
    if (!view) throw new NotFoundError('Award');
    return view;
  });
  for (const participantId of new Set(ordered.map((v) => v.award.participantId)))
    requireRecordAcceptance(await levelFor(tx, actor, participantId));
  // The same award twice: the second would find it accepted already.
  if (new Set(ids).size !== ids.length || ordered.some((v) => v.award.status !== 'offered'))
    throw new ConflictError('badges.not_offered', 'This badge is no longer waiting for an answer.');
  return ordered;
}

/** Each participant's recipient URN (made on first use), in two statements. */
async function recipientUrns(tx: Tx, participantIds: string[]): Promise<Map<string, string>> {
  await tx
    .insert(badgeRecipients)
    .values(
      participantIds.map((participantId) => ({ participantId, urn: `urn:uuid:${randomUUID()}` })),
    )
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(badgeRecipients)
    .where(inArray(badgeRecipients.participantId, participantIds));
  return new Map(rows.map((r) => [r.participantId, r.urn]));
}

/** Places on the status lists (per issuer, at once), names, URNs, keys: every credential to sign. */
async function plan(
  tx: Tx,
  services: Services,
  views: AwardView[],
  items: readonly AcceptanceItem[],
  now: Date,
): Promise<Planned[]> {
  const people = [...new Set(views.map((v) => v.award.participantId))];
  const urns = await recipientUrns(tx, people);
  const named = await participantPseudonyms(
    tx,
    views.filter((_, i) => items[i]?.name.kind === 'pseudonym').map((v) => v.award.participantId),
  );
  const places = new Map<string, Awaited<ReturnType<typeof allocateStatuses>>>();
  const keys = new Map<string, IssuerKey>();
  for (const view of views) {
    const { issuer } = view;
    if (places.has(issuer.organisationId)) continue;
    const count = views.filter((v) => v.issuer.organisationId === issuer.organisationId).length;
    places.set(issuer.organisationId, await allocateStatuses(tx, issuer, count));
    keys.set(issuer.organisationId, await services.issuerKeys.signingKey(issuer.did));
  }
  return Promise.all(
    views.map(async (view, i) => {
      const item = items[i] as AcceptanceItem;
      const { award, achievement, issuer } = view;
      const status = places.get(issuer.organisationId)?.shift();
      const key = keys.get(issuer.organisationId);
      if (!status || !key) throw new Error('no status or key');
      const validUntil =
        achievement.validityMonths === null ? null : addMonths(now, achievement.validityMonths);
      const name = item.name;
      const unsigned = await unsignedAward({
        issuer,
        achievement,
        recipientUrn: urns.get(award.participantId) ?? '',
        recipientName:
          name.kind === 'none'
            ? null
            : name.kind === 'typed'
              ? name.name
              : (named.get(award.participantId) ?? null),
        awardedAt: now,
        validUntil,
        status: status.entry,
        evidence: award.evidence,
      });
      return {
        view,
        item,
        listId: status.listId,
        index: status.index,
        validUntil,
        job: { unsigned, key },
      };
    }),
  );
}

/** Records the participants' consent to many offers at once (staff); how many were accepted. */
export async function recordAwardAcceptances(
  services: Services,
  publicUrl: string,
  actor: Actor,
  items: readonly AcceptanceItem[],
  signing: BulkSigning = {},
): Promise<{ accepted: number }> {
  if (items.length === 0) return { accepted: 0 };
  return withSigningPool(signing, (pool) => {
    pool.warm(items.length);
    return services.database.db.transaction(async (tx) => {
      const now = services.clock();
      const views = await load(tx, publicUrl, actor, items);
      const planned = await plan(tx, services, views, items, now);
      const credentials = await pool.sign(
        planned.map((p) => p.job),
        now,
      );
      await updateAwards(
        tx,
        planned.map((p, i) => {
          const credential = credentials[i] ?? {};
          return {
            id: p.view.award.id,
            ...acceptedColumns(credential, now, actor.staffId, p.validUntil, p),
          };
        }),
      );
      await inChunks(
        planned.map((p) => acceptanceEvent(p.view, p.item.name, actor.staffId)),
        (events) => recordParticipantEvents(tx, events, now),
      );
      return { accepted: planned.length };
    });
  });
}
