import { REFERRAL_SOURCES, TERRITORIES, type ParticipantDetail } from '@territoires/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeParticipant, makeStaff, type TestStaff } from '../test-support/factories.js';

const ctx = useTestApp();

let referent: TestStaff;
let client: Client;

beforeAll(async () => {
  referent = await makeStaff(ctx.database.db, { role: 'referent' });
  client = await loginAs(ctx.app, referent);
});

/** Any text, with a good chance of NUL, lone surrogates, spaces and accents. */
const text = fc.oneof(
  fc.string({ minLength: 2 }),
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\u0000', '\uD800', '\u202E', '%', '_') }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
/** Days of the calendar, from the year 0 (which PostgreSQL does not have) to 9999. */
const day = fc
  .tuple(
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 2020, max: 2030 }),
    ),
    fc.integer({ min: 0, max: 11 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => {
    const date = new Date(Date.UTC(2000, m, d));
    date.setUTCFullYear(y);
    return date;
  });
/** A signature day and a planned end 0 to 500 days later: often a contract the rules accept. */
const contractDates = fc.tuple(day, fc.integer({ min: -10, max: 500 })).map(([signed, days]) => ({
  signedOn: iso(signed),
  plannedEndOn: iso(new Date(signed.getTime() + days * 86_400_000)),
}));
const anyValue = fc.jsonValue();
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: arb, weight: 5 }, { arbitrary: anyValue, weight: 1 });

const createBody = fc.oneof(
  { arbitrary: anyValue, weight: 1 },
  {
    arbitrary: fc.record(
      {
        pseudonym: maybe(text),
        contact: maybe(text),
        referralSource: maybe(fc.constantFrom(...REFERRAL_SOURCES)),
        territory: maybe(fc.constantFrom(...TERRITORIES)),
        commune: maybe(text),
        phase: maybe(fc.constantFrom('outreach', 'discovery', 'exit')),
        organisationId: fc.uuid(),
        referentId: fc.uuid(),
      },
      { requiredKeys: ['pseudonym', 'referralSource', 'territory'] },
    ),
    weight: 4,
  },
);

const RUNS = 120;

describe('random JSON never makes the API fail', () => {
  it('createParticipant answers < 500', async () => {
    await fc.assert(
      fc.asyncProperty(createBody, async (body) => {
        const res = await client.request({
          method: 'POST',
          url: '/api/participants',
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('signContract answers < 500', async () => {
    let target: ParticipantDetail = await makeParticipant(ctx.services, { actor: referent });
    const signBody = fc.oneof(
      { arbitrary: anyValue, weight: 1 },
      {
        arbitrary: fc
          .record(
            {
              version: maybe(fc.constant('current')),
              dates: contractDates,
              coSigners: maybe(fc.constant({ participant: true, staffIds: [referent.staffId] })),
              objectives: maybe(fc.array(text, { minLength: 1, maxLength: 16 })),
            },
            { requiredKeys: ['version', 'dates', 'coSigners', 'objectives'] },
          )
          .map(({ dates, ...rest }) => ({ ...rest, ...dates })),
        weight: 4,
      },
    );
    await fc.assert(
      fc.asyncProperty(signBody, async (generated) => {
        const body =
          typeof generated === 'object' &&
          generated !== null &&
          'version' in generated &&
          generated.version === 'current'
            ? { ...generated, version: target.version }
            : generated;
        const res = await client.request({
          method: 'POST',
          url: `/api/participants/${target.id}/contracts`,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        // A contract went through: go on with a participant who can still sign one.
        if (res.statusCode === 201)
          target = await makeParticipant(ctx.services, { actor: referent });
      }),
      { numRuns: RUNS },
    );
  });
});
