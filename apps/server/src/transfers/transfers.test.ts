import type { ParticipantDetail, ParticipantTransfers, Transfer } from '@territoires/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, timelineEvents } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeStaff } from '../test-support/factories.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { followingOrganisation } from './test-support/factories.js';

const ctx = useTestApp();

let world: World;
/** The receiving organisation B: a coordinateur, a référent, and a coordinateur of B's who is away. */
let receiving: Awaited<ReturnType<typeof followingOrganisation>>;
let as: Record<
  | 'coordination'
  | 'coordinator'
  | 'referent'
  | 'partner'
  | 'stranger'
  | 'bCoordinator'
  | 'bReferent',
  Client
>;

const MISSING = '00000000-0000-4000-8000-000000000000';
const REASON = 'Déménage à Vire, suivi plus proche là-bas';

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  receiving = await followingOrganisation(ctx.services);
  const login = (who: { email: string; password: string }) => loginAs(ctx.app, who);
  as = {
    coordination: await login(world.staff.coordination),
    coordinator: await login(world.staff.coordinator),
    referent: await login(world.staff.referent),
    partner: await login(world.staff.partner_staff),
    stranger: await login(world.staff.stranger),
    bCoordinator: await login(receiving.coordinator),
    bReferent: await login(receiving.referent),
  };
});

const propose = (client: Client, participantId: string, body: object) =>
  client.request({
    method: 'POST',
    url: `/api/participants/${participantId}/transfers`,
    payload: body,
  });
const act = (client: Client, id: string, action: 'accept' | 'refuse' | 'cancel', body = {}) =>
  client.request({ method: 'POST', url: `/api/transfers/${id}/${action}`, payload: body });
const file = (client: Client, id: string) =>
  client.request({ method: 'GET', url: `/api/participants/${id}` });

/** A file of the world's following organisation (its référent on the team), proposed to B. */
async function pending() {
  const p = await followedParticipant(ctx.services, world);
  const res = await propose(as.coordinator, p.id, { organisationId: receiving.id, reason: REASON });
  expect(res.statusCode, res.body).toBe(201);
  return { p, transfer: res.json<Transfer>() };
}

const kinds = async (participantId: string) =>
  (
    await ctx.database.db
      .select({ kind: timelineEvents.kind })
      .from(timelineEvents)
      .where(eq(timelineEvents.participantId, participantId))
  ).map((r) => r.kind);

describe('proposing a transfer', () => {
  it('the following organisation’s coordinateur proposes; the reason is kept, never audited nor on the timeline', async () => {
    const { p, transfer } = await pending();
    expect(transfer).toMatchObject({
      status: 'pending',
      direction: 'outgoing',
      participantId: p.id,
      from: { id: world.following },
      to: { id: receiving.id },
      reason: REASON,
      can: { decide: false, cancel: true },
    });
    expect(await kinds(p.id)).toContain('transfer_proposed');
    const [audit] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'transfer.propose'), eq(auditEvents.entityId, transfer.id)),
      );
    expect(audit?.after).toMatchObject({ withReason: true, toOrganisationId: receiving.id });
    const logged = await ctx.database.db.execute(
      sql`select count(*)::int as n from (select before::text || after::text as t from audit_events
          union all select data::text from timeline_events) x where t like ${'%Vire%'}`,
    );
    expect((logged as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });

  it('at most one pending transfer per participant: 409 transfer.already_pending', async () => {
    const { p } = await pending();
    const again = await propose(as.coordination, p.id, { organisationId: world.partner });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'transfer.already_pending' } });
  });

  it('refuses the same organisation and an unknown one (422 on organisationId)', async () => {
    const p = await followedParticipant(ctx.services, world);
    for (const [organisationId, code] of [
      [world.following, 'transfer.same_organisation'],
      [MISSING, 'transfer.unknown_organisation'],
    ] as const) {
      const res = await propose(as.coordinator, p.id, { organisationId });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code, fields: [{ path: 'organisationId' }] } });
    }
  });

  it('the team’s référent reads the file but may not propose (403); a partner gets the 404 of the file', async () => {
    const p = await followedParticipant(ctx.services, world);
    const body = { organisationId: receiving.id };
    expect((await propose(as.referent, p.id, body)).statusCode).toBe(403);
    const partner = await propose(as.partner, p.id, body);
    const missing = await propose(as.partner, MISSING, body);
    expect(partner.statusCode).toBe(404);
    expect(partner.json()).toEqual(missing.json());
  });
});

describe('the receiving side before acceptance', () => {
  it('sees the pseudonym and the territory on its transfers page, not the file', async () => {
    const { p, transfer } = await pending();
    const page = await as.bCoordinator.request({ method: 'GET', url: '/api/transfers' });
    expect(page.statusCode).toBe(200);
    const seen = page.json<Transfer[]>().find((t) => t.id === transfer.id);
    expect(seen).toMatchObject({
      direction: 'incoming',
      participantId: null,
      pseudonym: p.pseudonym,
      territory: p.territory,
      can: { decide: true, cancel: false },
    });
    expect((await file(as.bCoordinator, p.id)).statusCode).toBe(404);
    const onFile = await as.bCoordinator.request({
      method: 'GET',
      url: `/api/participants/${p.id}/transfers`,
    });
    expect(onFile.statusCode).toBe(404);
  });
});

describe('deciding', () => {
  it('acceptance moves the file to B, ends the old team, starts B’s (accepter + named référent)', async () => {
    const { p, transfer } = await pending();
    const res = await act(as.bCoordinator, transfer.id, 'accept', {
      referentId: receiving.referent.staffId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', participantId: p.id });
    const moved = (await file(as.bCoordinator, p.id)).json<ParticipantDetail>();
    expect(moved.organisationId).toBe(receiving.id);
    expect(moved.version).toBe(p.version + 1);
    const open = (moved.team ?? []).filter((m) => m.endOn === null);
    expect(open.map((m) => [m.staffId, m.role]).sort()).toEqual(
      [
        [receiving.coordinator.staffId, 'coordinator'],
        [receiving.referent.staffId, 'referent'],
      ].sort(),
    );
    expect(moved.team?.find((m) => m.staffId === world.staff.referent.staffId)?.endOn).toBe(
      '2026-03-15',
    );
    // The old team and colleagues lose the file.
    expect((await file(as.referent, p.id)).statusCode).toBe(404);
    expect((await file(as.coordinator, p.id)).statusCode).toBe(404);
    expect(await kinds(p.id)).toEqual(expect.arrayContaining(['transfer_accepted']));
    // The référent named is on the team: they may change it (ADR 0012).
    expect((await file(as.bReferent, p.id)).json<ParticipantDetail>().can.changeTeam).toBe(true);
  });

  it('a référent who is not of B is refused (422), and nothing is written', async () => {
    const { transfer } = await pending();
    const before = await fingerprint(ctx.database.db);
    const res = await act(as.bCoordinator, transfer.id, 'accept', {
      referentId: world.staff.referent.staffId,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'transfer.referent_not_eligible', fields: [{ path: 'referentId' }] },
    });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('a failing acceptance changes nothing: organisation, team, timeline, audit stay as they were', async () => {
    const { p, transfer } = await pending();
    await ctx.database.db.execute(
      sql.raw(`create function test_fail_transfer() returns trigger language plpgsql as $$
        begin raise exception 'transfer table unavailable'; end $$`),
    );
    // Fails at the last statement before the events: the team and the file were already changed.
    await ctx.database.db.execute(
      sql.raw(`create trigger test_fail_transfer before update on transfers
        for each row when (new.status = 'accepted') execute function test_fail_transfer()`),
    );
    try {
      const before = await fingerprint(ctx.database.db);
      const res = await act(as.bCoordinator, transfer.id, 'accept', {
        referentId: receiving.referent.staffId,
      });
      expect(res.statusCode).toBe(500);
      expect(await fingerprint(ctx.database.db)).toEqual(before);
      expect((await file(as.referent, p.id)).statusCode).toBe(200);
    } finally {
      await ctx.database.db.execute(sql.raw('drop trigger test_fail_transfer on transfers'));
      await ctx.database.db.execute(sql.raw('drop function test_fail_transfer()'));
    }
  });

  it('refusal leaves the file where it is; a decided transfer is no longer pending (409)', async () => {
    const { p, transfer } = await pending();
    const refused = await act(as.bCoordinator, transfer.id, 'refuse');
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', participantId: null });
    expect((await file(as.referent, p.id)).json<ParticipantDetail>().organisationId).toBe(
      world.following,
    );
    expect(await kinds(p.id)).toContain('transfer_refused');
    for (const [client, action] of [
      [as.bCoordinator, 'accept'],
      [as.bCoordinator, 'refuse'],
      [as.coordinator, 'cancel'],
    ] as const) {
      const res = await act(client, transfer.id, action);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'transfer.not_pending' } });
    }
    // Once refused, a new proposal is possible.
    const list = await as.coordinator.request({
      method: 'GET',
      url: `/api/participants/${p.id}/transfers`,
    });
    expect(list.json<ParticipantTransfers>().canPropose).toBe(true);
  });

  it('the proposer cancels while pending; B may not cancel (403), the sending side may not decide (403)', async () => {
    const { p, transfer } = await pending();
    for (const [client, action] of [
      [as.bCoordinator, 'cancel'],
      [as.coordinator, 'accept'],
      [as.referent, 'refuse'],
    ] as const) {
      const res = await act(client, transfer.id, action);
      expect(res.statusCode, action).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    }
    const cancelled = await act(as.coordinator, transfer.id, 'cancel');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await kinds(p.id)).toContain('transfer_cancelled');
    const late = await act(as.bCoordinator, transfer.id, 'accept');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'transfer.not_pending' } });
  });
});

describe('not found = not allowed', () => {
  it('staff unrelated to a transfer get the same 404 as for an id that does not exist', async () => {
    const { transfer } = await pending();
    const away = await loginAs(ctx.app, await makeStaff(ctx.database.db, { role: 'coordinator' }));
    for (const client of [as.stranger, as.partner, as.bReferent, away]) {
      for (const action of ['accept', 'refuse', 'cancel'] as const) {
        const res = await act(client, transfer.id, action);
        const missing = await act(client, MISSING, action);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(missing.json());
      }
      const listed = await client.request({ method: 'GET', url: '/api/transfers' });
      if (listed.statusCode === 200)
        expect(listed.json<Transfer[]>().map((t) => t.id)).not.toContain(transfer.id);
    }
  });
});
