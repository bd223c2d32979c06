import type { CatalogueItem, CatalogueQuery } from '@territoires/contracts';
import { and, asc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { organisationNameFor } from '../organisations/policy.js';
import type { Db } from '../db/database.js';
import { activities, activitySessions, organisations } from '../db/schema.js';
import { inOrder } from '../db/in-order.js';
import { addDays, iso, parisParts, parisToUtc, plusDays, ZONE } from '../time/index.js';

/**
 * How many upcoming sessions, per activity asked for, the search walks (in time order, on the index)
 * to find its activities: weekly activities have one to four sessions in the usual windows.
 */
const SESSION_SCAN_PER_ITEM = 6;
const NEXT_SESSIONS = 3;
/** Without a date filter, an activity's "next sessions" are looked for this far ahead. */
const HORIZON_DAYS = 56;

interface Window {
  from: Date;
  to: Date;
}

/** The period asked for, as instants; null when the search is not about dates (staff browsing). */
function windowOf(query: CatalogueQuery, now: Date, participant: boolean): Window | null {
  const today = parisParts(now).date;
  const day = (date: string) => parisToUtc(date, '00:00');
  const fromNow = (date: string) => new Date(Math.max(now.getTime(), day(date).getTime()));
  if (query.from !== undefined || query.to !== undefined) {
    const from = query.from ?? today;
    return { from: fromNow(from), to: day(addDays(query.to ?? addDays(from, 27), 1)) };
  }
  switch (query.period) {
    case 'this_week':
      return { from: now, to: day(addDays(today, 7)) };
    case 'next_week':
      return { from: day(addDays(today, 7)), to: day(addDays(today, 14)) };
    case 'next_4_weeks':
      return { from: now, to: day(addDays(today, 28)) };
    default:
      return participant || query.weekday !== undefined
        ? { from: now, to: day(addDays(today, 28)) }
        : null;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function activityFilters(query: CatalogueQuery): SQL[] {
  const filters: SQL[] = [isNull(activities.archivedAt)];
  if (query.kind) filters.push(eq(activities.kind, query.kind));
  if (query.territory) filters.push(eq(activities.territory, query.territory));
  if (query.organisationId) filters.push(eq(activities.organisationId, query.organisationId));
  if (query.commune) filters.push(sql`lower(${activities.commune}) = lower(${query.commune})`);
  if (query.theme) {
    // A full thématique uses the GIN index; a category ("remobilisation") matches any of its thématiques.
    filters.push(
      query.theme.includes('--')
        ? sql`${activities.thematiques} @> ${JSON.stringify([query.theme])}::jsonb`
        : sql`exists (select 1 from jsonb_array_elements_text(${activities.thematiques}) t where t like ${`${query.theme}--%`})`,
    );
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(
      or(
        ilike(activities.title, pattern),
        ilike(activities.description, pattern),
        ilike(activities.commune, pattern),
      ) as SQL,
    );
  }
  return filters;
}

function sessionFilters(window: Window, weekday: number | undefined): SQL[] {
  const filters: SQL[] = [
    isNull(activitySessions.cancelledAt),
    gte(activitySessions.startsAt, window.from.toISOString()),
    lt(activitySessions.startsAt, window.to.toISOString()),
  ];
  if (weekday !== undefined)
    filters.push(
      sql`extract(isodow from ${activitySessions.startsAt} at time zone ${ZONE}) = ${weekday}`,
    );
  return filters;
}

/** One more than the page asks for: if it comes, there is a next page. */
const pageEnd = (query: CatalogueQuery) => query.offset + query.limit + 1;

/** Activities whose sessions in the window come first, in time order: walks the starts_at index. */
async function idsBySessions(db: Db, query: CatalogueQuery, window: Window): Promise<string[]> {
  const filters = activityFilters(query);
  const sessionsOnly = db
    .select({ activityId: activitySessions.activityId })
    .from(activitySessions)
    .where(and(...sessionFilters(window, query.weekday)));
  // Without activity filters the join is not needed: archiving an activity cancels its future
  // sessions, and the final read drops archived activities anyway.
  const rows = await (
    filters.length === 1
      ? sessionsOnly
      : db
          .select({ activityId: activitySessions.activityId })
          .from(activitySessions)
          .innerJoin(activities, eq(activities.id, activitySessions.activityId))
          .where(and(...sessionFilters(window, query.weekday), ...filters))
  )
    .orderBy(asc(activitySessions.startsAt))
    .limit(pageEnd(query) * SESSION_SCAN_PER_ITEM);
  return [...new Set(rows.map((r) => r.activityId))].slice(query.offset, pageEnd(query));
}

async function idsByTitle(db: Db, query: CatalogueQuery): Promise<string[]> {
  const rows = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(...activityFilters(query)))
    .orderBy(asc(activities.title), asc(activities.id))
    .offset(query.offset)
    .limit(query.limit + 1);
  return rows.map((r) => r.id);
}

/**
 * The catalogue: with a period or weekday (always, for participants), the activities that have
 * sessions then, soonest first; otherwise (staff browsing) every matching activity by title. Each
 * comes with its next sessions and the seats left.
 */
export async function searchCatalogue(
  db: Db,
  query: CatalogueQuery,
  now: Date,
  /** The staff member searching, or null for a participant (who reads public names only). */
  viewer: Actor | null,
): Promise<{ items: CatalogueItem[]; nextOffset: number | null }> {
  const window = windowOf(query, now, viewer === null);
  const found = window ? await idsBySessions(db, query, window) : await idsByTitle(db, query);
  const nextOffset = found.length > query.limit ? query.offset + query.limit : null;
  const ids = found.slice(0, query.limit);
  if (ids.length === 0) return { items: [], nextOffset: null };
  const sessionWindow = window ?? {
    from: now,
    to: plusDays(now, HORIZON_DAYS),
  };
  const [rows, sessions] = await inOrder([
    () =>
      db
        .select({
          id: activities.id,
          title: activities.title,
          kind: activities.kind,
          description: activities.description,
          organisationId: organisations.id,
          organisationName: organisations.name,
          sensitiveName: organisations.sensitiveName,
          thematiques: activities.thematiques,
          address: activities.address,
          commune: activities.commune,
          territory: activities.territory,
          openToOtherPublics: activities.openToOtherPublics,
        })
        .from(activities)
        .innerJoin(organisations, eq(organisations.id, activities.organisationId))
        .where(and(inArray(activities.id, ids), isNull(activities.archivedAt))),
    () =>
      db
        .select({
          id: activitySessions.id,
          activityId: activitySessions.activityId,
          startsAt: activitySessions.startsAt,
          endsAt: activitySessions.endsAt,
          place: activitySessions.place,
          seatsLeft: sql<number>`greatest(0, ${activitySessions.capacity} - ${activitySessions.registeredCount})`,
        })
        .from(activitySessions)
        .where(
          and(
            inArray(activitySessions.activityId, ids),
            ...sessionFilters(sessionWindow, query.weekday),
          ),
        )
        .orderBy(asc(activitySessions.activityId), asc(activitySessions.startsAt)),
  ]);
  const byActivity = nextSessionsByActivity(sessions);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const found = byId.get(id);
    if (!found) return [];
    const { organisationId, organisationName, sensitiveName, ...row } = found;
    const name = { id: organisationId, name: organisationName, sensitiveName };
    return [
      {
        ...row,
        organisationName: organisationNameFor(viewer, name),
        kind: row.kind,
        territory: row.territory,
        nextSessions: byActivity.get(id) ?? [],
      },
    ];
  });
  return { items, nextOffset };
}

/** The first sessions of each activity, in time order. */
function nextSessionsByActivity(
  sessions: {
    id: string;
    activityId: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
    seatsLeft: number;
  }[],
): Map<string, CatalogueItem['nextSessions']> {
  const byActivity = new Map<string, CatalogueItem['nextSessions']>();
  for (const s of sessions) {
    const list = byActivity.get(s.activityId) ?? [];
    if (list.length < NEXT_SESSIONS)
      list.push({
        id: s.id,
        startsAt: iso(s.startsAt),
        endsAt: iso(s.endsAt),
        place: s.place,
        seatsLeft: s.seatsLeft,
      });
    byActivity.set(s.activityId, list);
  }
  return byActivity;
}
