import type { FeedStatus } from '@territoires/contracts';
import { and, asc, eq, gte, isNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { hashToken, newToken } from '../auth/tokens.js';
import {
  activities,
  activitySessions,
  calendarFeeds,
  organisations,
  participants,
} from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { participantFor } from '../participants/index.js';
import { placeOf, sessionsQuery } from '../registrations/index.js';
import type { Services } from '../services.js';
import { registrationsOf } from './agenda.js';
import { writeCalendar, type IcsEvent } from './ics.js';
import { requireOrganisationFeedManager, requireParticipantFeedManager } from './policy.js';
import { iso, plusDays } from '../time/index.js';

export type FeedOwner = { participantId: string } | { organisationId: string };

/** A feed shows the last month too: a calendar app keeps what it was shown. */
const PAST_DAYS = 30;

const ownerCondition = (owner: FeedOwner): SQL =>
  'participantId' in owner
    ? eq(calendarFeeds.participantId, owner.participantId)
    : eq(calendarFeeds.organisationId, owner.organisationId);

/** Follow-up staff manage a participant's feed; staff of an organisation manage its own. */
async function requireManage(services: Services, actor: Actor, owner: FeedOwner): Promise<void> {
  const { db } = services.database;
  if ('participantId' in owner) {
    const { level } = await participantFor(db, actor, owner.participantId);
    requireParticipantFeedManager(level);
    return;
  }
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, owner.organisationId));
  if (!org) throw new NotFoundError('Organisation');
  requireOrganisationFeedManager(actor, org.id);
}

export async function feedStatus(
  services: Services,
  actor: Actor,
  owner: FeedOwner,
): Promise<FeedStatus> {
  await requireManage(services, actor, owner);
  const [row] = await services.database.db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(ownerCondition(owner), isNull(calendarFeeds.revokedAt)));
  return { active: row !== undefined, createdAt: row ? iso(row.createdAt) : null };
}

export async function revokeFeed(
  services: Services,
  actor: Actor,
  owner: FeedOwner,
): Promise<{ ok: true }> {
  await requireManage(services, actor, owner);
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now.toISOString() })
      .where(and(ownerCondition(owner), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    for (const feed of revoked)
      await recordAudit(
        tx,
        {
          actorId: actor.staffId,
          action: 'calendar_feed.revoke',
          entityType: 'calendar_feed',
          entityId: feed.id,
        },
        now,
      );
  });
  return { ok: true };
}

/** A new secret address; the old one stops working. The token is shown once, only its hash is kept. */
export async function createFeed(services: Services, actor: Actor, owner: FeedOwner) {
  await revokeFeed(services, actor, owner);
  const now = services.clock();
  const token = newToken();
  await services.database.db.transaction(async (tx) => {
    const [feed] = await tx
      .insert(calendarFeeds)
      .values({
        ...owner,
        tokenHash: hashToken(token),
        createdById: actor.staffId,
        createdAt: now.toISOString(),
      })
      .returning({ id: calendarFeeds.id });
    if (!feed) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'calendar_feed.create',
        entityType: 'calendar_feed',
        entityId: feed.id,
        after: owner,
      },
      now,
    );
  });
  return { url: `/api/calendar/${token}.ics`, createdAt: now.toISOString() };
}

/**
 * The feed behind a token. A participant's feed lists their own sessions (activity and place,
 * never who else comes); an organisation's lists its sessions with the seat count.
 */
export async function renderFeed(services: Services, token: string): Promise<string> {
  const { db } = services.database;
  const now = services.clock();
  const [feed] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw new NotFoundError('Calendar');
  const from = plusDays(now, -PAST_DAYS);
  let name: string;
  let events: IcsEvent[];
  if (feed.participantId) {
    const [person] = await db
      .select({ pseudonym: participants.pseudonym })
      .from(participants)
      .where(eq(participants.id, feed.participantId));
    name = `Agenda — ${person?.pseudonym ?? ''}`;
    const rows = await registrationsOf(db, feed.participantId, from, 500);
    events = rows.map((row) => ({
      uid: `${row.id}@territoires-partages`,
      start: new Date(row.startsAt),
      end: new Date(row.endsAt),
      summary: row.activityTitle,
      location: placeOf(row),
      cancelled: row.cancelledAt !== null,
    }));
  } else {
    const organisationId = feed.organisationId ?? '';
    const [org] = await db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    name = org?.name ?? 'Agenda';
    const rows = await sessionsQuery(db)
      .where(
        and(
          eq(activities.organisationId, organisationId),
          gte(activitySessions.endsAt, from.toISOString()),
        ),
      )
      .orderBy(asc(activitySessions.startsAt))
      .limit(2000);
    events = rows.map((row) => ({
      uid: `${row.id}@territoires-partages`,
      start: new Date(row.startsAt),
      end: new Date(row.endsAt),
      summary: row.activityTitle,
      location: placeOf(row),
      description: `Inscrits : ${row.registeredCount}/${row.capacity}`,
      cancelled: row.cancelledAt !== null,
    }));
  }
  return writeCalendar(name, events, now);
}
