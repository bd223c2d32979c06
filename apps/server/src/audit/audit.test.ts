import { api, type RouteContract, type RouteName } from '@territoires/contracts';
import { asc, gt, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { AUDIT_NOW, write, type AuditFixture, type Spec } from '../test-support/audit-specs.js';
import { domainTestSupport, merged } from '../test-support/domains.js';
import { fingerprint } from '../test-support/fingerprint.js';
import {
  buildWorld,
  contractBody,
  followedParticipant,
  type Stage,
  type Viewer,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp({ smtp: true });

/**
 * Auth routes write sessions, not data about anyone: they are not audited as data writes (the
 * participant's own sign-in is audited, with no staff actor: participant-space/sign-in.test.ts).
 */
const NOT_DATA_WRITES: RouteName[] = [
  'login',
  'logout',
  'participantSignIn',
  'participantSignOut',
  // A POST for its body (a credential to check): it reads, it writes nothing.
  'verifyCredential',
];
const WRITES = (Object.keys(api) as RouteName[]).filter(
  (name) => api[name].method !== 'GET' && !NOT_DATA_WRITES.includes(name),
);

const NOW = AUDIT_NOW;

let world: World;
let as: Record<'coordination' | 'referent', Client>;

const fresh = (stage: Stage = 'discovery') => followedParticipant(ctx.services, world, stage);

const fixture = (): AuditFixture => ({
  app: ctx.app,
  services: ctx.services,
  world,
  clients: as,
  fresh,
  now: NOW,
});

/** Each domain states what its writes leave in the log (<domain>/test-support/audit-specs.ts). */
const SPECS: Record<string, Spec> = merged(
  (await domainTestSupport()).map((domain) => domain.auditSpecs?.(fixture)),
);

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
