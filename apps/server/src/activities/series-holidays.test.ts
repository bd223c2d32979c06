import type { SessionWriteResult } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.js';
import { makeActivity } from './test-support/factories.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { parisDay } from '../time/index.js';
import { buildWorld, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;
let partner: Client;
let activityId: string;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  partner = await loginAs(ctx.app, world.staff.partner_staff);
  activityId = (await makeActivity(ctx.database.db, { organisationId: world.partner })).id;
});

const plan = (body: object) =>
  partner.request({
    method: 'POST',
    url: `/api/activities/${activityId}/series`,
    payload: { startTime: '18:30', durationMinutes: 90, capacity: 6, ...body },
  });
const days = (result: SessionWriteResult) =>
  result.sessions.map((s) => parisDay(new Date(s.startsAt)));

describe('weekly series and French public holidays', () => {
  it.each([
    // Mondays: Lundi de Pâques and Lundi de Pentecôte.
    [1, '2027-03-22', '2027-05-24', ['2027-03-29', '2027-05-17'], ['easter_monday', 'whit_monday']],
    [
      1,
      '2028-04-10',
      '2028-06-12',
      ['2028-04-17', '2028-05-01', '2028-05-08', '2028-06-05'],
      ['easter_monday', 'labour_day', 'victory_1945', 'whit_monday'],
    ],
    // Thursdays: Ascension (and 1 November 2029).
    [4, '2029-05-01', '2029-05-31', ['2029-05-10'], ['ascension']],
    [4, '2029-10-25', '2029-11-08', ['2029-11-01'], ['all_saints']],
    [4, '2030-05-20', '2030-06-05', ['2030-05-30'], ['ascension']],
    // Fixed days on the series' weekday: 14 July 2027 (Wed), 15 August 2030 (Thu),
    // 11 November 2030 (Mon), 25 December 2029 (Tue), 1 January 2030 (Tue).
    [3, '2027-07-01', '2027-07-31', ['2027-07-14'], ['bastille_day']],
    [4, '2030-08-01', '2030-08-31', ['2030-08-15'], ['assumption']],
    [1, '2030-11-01', '2030-11-30', ['2030-11-11'], ['armistice']],
    [2, '2029-12-18', '2030-01-08', ['2029-12-25', '2030-01-01'], ['christmas', 'new_year']],
  ])(
    'skips them when asked (weekday %i from %s to %s)',
    async (weekday, firstOn, lastOn, holidays, codes) => {
      const res = await plan({ weekday, firstOn, lastOn, skipHolidays: true });
      expect(res.statusCode, res.body).toBe(201);
      const result = res.json<SessionWriteResult>();
      expect(result.skipped).toEqual(holidays.map((date, i) => ({ date, holiday: codes[i] })));
      for (const date of holidays) expect(days(result)).not.toContain(date);
      expect(result.sessions.length).toBeGreaterThan(0);
    },
  );

  it('keeps every date when not asked, and says nothing was skipped', async () => {
    const res = await plan({ weekday: 1, firstOn: '2027-03-29', lastOn: '2027-04-05' });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<SessionWriteResult>();
    expect(days(result)).toEqual(['2027-03-29', '2027-04-05']);
    expect(result.skipped).toEqual([]);
    // 18:30 in Paris, summer time from 28 March 2027.
    expect(result.sessions[0]?.startsAt).toBe('2027-03-29T16:30:00.000Z');
  });

  it('audits the dates skipped with the series', async () => {
    const res = await plan({
      weekday: 1,
      firstOn: '2027-03-29',
      lastOn: '2027-04-05',
      skipHolidays: true,
    });
    const { seriesId } = res.json<SessionWriteResult>();
    const [event] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'series.create'), eq(auditEvents.entityId, seriesId ?? '')),
      );
    expect(event?.after).toMatchObject({ sessions: 1, skippedHolidays: ['2027-03-29'] });
  });

  it('refuses, with its own code, a series whose every date is a holiday', async () => {
    const res = await plan({
      weekday: 1,
      firstOn: '2027-03-29',
      lastOn: '2027-03-29',
      skipHolidays: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'series.only_holidays' } });
  });
});
