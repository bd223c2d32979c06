import { api, type RouteContract, type RouteName } from '@territoires/contracts';
import { asc, gt, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { activityAuditSpecs } from '../activities/test-support/audit-specs.js';
import { attendanceAuditSpecs } from '../attendance/test-support/audit-specs.js';
import { own, routeUrl, write, type AuditFixture, type Spec } from '../test-support/audit-specs.js';
import { experienceAuditSpecs } from '../experiences/test-support/audit-specs.js';
import { fingerprint } from '../test-support/fingerprint.js';
import {
  buildWorld,
  contractBody,
  followedParticipant,
  type Viewer,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp();

/**
 * Auth routes write sessions, not data about anyone: they are not audited as data writes (the
 * participant's own sign-in is audited, with no staff actor: participant-space/sign-in.test.ts).
 */
const NOT_DATA_WRITES: RouteName[] = ['login', 'logout', 'participantSignIn', 'participantSignOut'];
const WRITES = (Object.keys(api) as RouteName[]).filter(
  (name) => api[name].method !== 'GET' && !NOT_DATA_WRITES.includes(name),
);

const NOW = new Date('2026-04-02T09:30:00.000Z');

let world: World;
let as: Record<'coordination' | 'referent', Client>;

const fresh = (stage: 'outreach' | 'discovery' | 'contract' = 'discovery') =>
  followedParticipant(ctx.services, world, stage);
// Routes that answer no id (the participant space) are audited on the participant prepared last.
let prepared = '';
const preparedParticipant = () => prepared;
const post = (name: RouteName, id: string): InjectOptions => ({
  method: 'POST',
  url: routeUrl(name, id),
});
const firstOf = (key: 'contracts' | 'exits') => (r: Record<string, unknown>) =>
  (r[key] as { id: string }[])[0]?.id;

const fixture = (): AuditFixture => ({
  app: ctx.app,
  services: ctx.services,
  world,
  clients: as,
  fresh: () => fresh(),
  now: NOW,
});

const SPECS: Record<string, Spec> = {
  ...experienceAuditSpecs(() => ({ ...fixture(), referent: as.referent })),
  createOrganisation: {
    prepare: () =>
      Promise.resolve({
        who: 'coordination',
        options: write('createOrganisation', '', { name: 'Atelier Vélo', kind: 'company' }),
      }),
    expected: {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: own,
      before: null,
      after: { name: 'Atelier Vélo', kind: 'company' },
    },
  },
  createParticipant: {
    prepare: () =>
      Promise.resolve({
        who: 'referent',
        options: write('createParticipant', '', {
          pseudonym: 'Héron',
          referralSource: 'rural_event',
          territory: 'rural_vallees_orne_odon',
        }),
      }),
    expected: {
      action: 'participant.create',
      entityType: 'participant',
      entityId: own,
      before: null,
      after: { pseudonym: 'Héron', phase: 'discovery' },
    },
  },
  updateParticipant: {
    prepare: async () => {
      const p = await fresh();
      return {
        who: 'referent',
        options: write('updateParticipant', p.id, { version: p.version, commune: 'Ifs' }),
      };
    },
    expected: {
      action: 'participant.update',
      entityType: 'participant',
      entityId: own,
      before: { commune: null },
      after: { commune: 'Ifs' },
    },
  },
  changePhase: {
    prepare: async () => {
      const p = await fresh('outreach');
      return {
        who: 'referent',
        options: write('changePhase', p.id, { version: p.version, to: 'discovery' }),
      };
    },
    expected: {
      action: 'participant.phase',
      entityType: 'participant',
      entityId: own,
      before: { phase: 'outreach' },
      after: { phase: 'discovery' },
    },
  },
  updateProfile: {
    prepare: async () => {
      const p = await fresh();
      return {
        who: 'referent',
        options: write('updateProfile', p.id, { version: p.version, consent: true, rqth: true }),
      };
    },
    expected: {
      action: 'participant.profile',
      entityType: 'participant',
      entityId: own,
      before: null,
      after: { rqth: true, consentRecordedAt: NOW.toISOString() },
    },
  },
  assignTeam: {
    prepare: async () => {
      const p = await fresh();
      return {
        who: 'referent',
        options: write('assignTeam', p.id, {
          version: p.version,
          role: 'coordinator',
          staffId: world.spareCoordinator.staffId,
          startOn: '2026-04-02',
        }),
      };
    },
    expected: {
      action: 'participant.team',
      entityType: 'participant',
      entityId: own,
      before: [],
      after: { role: 'coordinator', startOn: '2026-04-02' },
    },
  },
  signContract: {
    prepare: async () => {
      const p = await fresh();
      return {
        who: 'referent',
        options: write('signContract', p.id, contractBody(p.version, world.staff.referent.staffId)),
      };
    },
    expected: {
      action: 'contract.sign',
      entityType: 'contract',
      entityId: firstOf('contracts'),
      before: null,
      after: { signedOn: '2026-03-01', plannedEndOn: '2027-03-01', number: 1 },
    },
  },
  amendContract: {
    prepare: async () => {
      const p = await fresh('contract');
      const contractId = p.contracts?.[0]?.id ?? '';
      return {
        who: 'referent',
        options: write(
          'amendContract',
          p.id,
          { version: p.version, reason: 'Formation', plannedEndOn: '2027-05-01' },
          contractId,
        ),
      };
    },
    expected: {
      action: 'contract.amend',
      entityType: 'contract',
      entityId: firstOf('contracts'),
      before: { plannedEndOn: '2027-03-01' },
      after: { plannedEndOn: '2027-05-01' },
    },
  },
  recordExit: {
    prepare: async () => {
      const p = await fresh('contract');
      return {
        who: 'referent',
        options: write('recordExit', p.id, {
          version: p.version,
          exitOn: '2026-04-01',
          situation: 'civic_service',
        }),
      };
    },
    expected: {
      action: 'participant.exit',
      entityType: 'exit',
      entityId: firstOf('exits'),
      before: null,
      after: { situation: 'civic_service', category: 'volunteering_civic' },
    },
  },
  issueSignInCode: {
    prepare: async () => {
      prepared = (await fresh()).id;
      return { who: 'referent', options: post('issueSignInCode', prepared) };
    },
    expected: {
      action: 'participant_space.code_issue',
      entityType: 'participant',
      entityId: preparedParticipant,
      before: null,
      after: { expiresAt: '2026-04-02T09:45:00.000Z', revokedCodes: 0 },
    },
  },
  signOutParticipantEverywhere: {
    prepare: async () => {
      prepared = (await fresh()).id;
      return { who: 'referent', options: post('signOutParticipantEverywhere', prepared) };
    },
    expected: {
      action: 'participant_space.sign_out_everywhere',
      entityType: 'participant',
      entityId: preparedParticipant,
      before: { sessions: 0, codes: 0 },
      after: null,
    },
  },
  createNote: {
    prepare: async () => {
      const p = await fresh();
      return {
        who: 'referent',
        options: write('createNote', p.id, { body: 'Secret', private: true }),
      };
    },
    expected: {
      action: 'note.create',
      entityType: 'note',
      entityId: own,
      before: null,
      after: { private: true },
    },
  },
  ...attendanceAuditSpecs(fixture),

  ...activityAuditSpecs(fixture),
};

const lastAuditId = async () =>
  (
    await ctx.database.db
      .select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)::int` })
      .from(auditEvents)
  )[0]?.id ?? 0;

const clientOf = (who: Viewer): Client => (who === 'coordination' ? as.coordination : as.referent);

beforeAll(async () => {
  // Sessions follow the injected clock: move it before logging in.
  ctx.setNow(NOW);
  world = await buildWorld(ctx.services);
  as = {
    coordination: await loginAs(ctx.app, world.staff.coordination),
    referent: await loginAs(ctx.app, world.staff.referent),
  };
  // A switch that makes every audit insert fail, to show each write stands or falls with its audit.
  for (const statement of [
    'create table test_audit_switch (broken boolean)',
    `create function test_fail_audit() returns trigger language plpgsql as $$
     begin
       if exists (select 1 from test_audit_switch) then raise exception 'audit unavailable'; end if;
       return new;
     end $$`,
    `create trigger test_fail_audit before insert on audit_events
     for each row execute function test_fail_audit()`,
  ])
    await ctx.database.db.execute(sql.raw(statement));
});

describe('every write leaves an audit event in the same transaction', () => {
  it('has an expectation for every data write of the manifest', () => {
    expect(Object.keys(SPECS).sort()).toEqual([...WRITES].sort());
  });

  it.each(WRITES)('%s records who, what, when, before and after', async (name) => {
    const spec = SPECS[name];
    if (!spec) throw new Error(name);
    const { options, who, as: other } = await spec.prepare();
    const since = await lastAuditId();
    const res = await (other?.client ?? clientOf(who)).request(options);
    expect(res.statusCode, res.body).toBe((api[name] as RouteContract).status ?? 200);
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, since))
      .orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(1);
    const event = events[0];
    const { expected } = spec;
    expect(event).toMatchObject({
      actorId: other ? other.actorId : world.staff[who].staffId,
      action: expected.action,
      entityType: expected.entityType,
      entityId: expected.entityId(res.json()),
    });
    expect(new Date(event?.at ?? '').toISOString()).toBe(NOW.toISOString());
    if (expected.before === null) expect(event?.before).toBeNull();
    else expect(event?.before).toMatchObject(expected.before as object);
    if (expected.after === null) expect(event?.after).toBeNull();
    else expect(event?.after).toMatchObject(expected.after);
  });

  it.each(WRITES)('%s writes nothing when its audit event cannot be written', async (name) => {
    const spec = SPECS[name];
    if (!spec) throw new Error(name);
    const { options, who, as: other } = await spec.prepare();
    await ctx.database.db.execute(sql`insert into test_audit_switch values (true)`);
    try {
      const before = await fingerprint(ctx.database.db);
      const res = await (other?.client ?? clientOf(who)).request(options);
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ error: { code: 'internal.unexpected' } });
      expect(await fingerprint(ctx.database.db)).toEqual(before);
    } finally {
      await ctx.database.db.execute(sql`delete from test_audit_switch`);
    }
  });

  it('a refused write leaves no audit event either', async () => {
    const p = await fresh();
    const since = await lastAuditId();
    const res = await as.referent.request(
      write(
        'signContract',
        p.id,
        contractBody(p.version, world.staff.referent.staffId, {
          plannedEndOn: '2028-01-01',
        }),
      ),
    );
    expect(res.statusCode).toBe(422);
    expect(await lastAuditId()).toBe(since);
  });
});
