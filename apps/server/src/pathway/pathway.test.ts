import type { ParticipantDetail } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../test-support/app.js';
import { makeStaff } from '../test-support/factories.js';

const ctx = useTestApp();

async function referentClient(): Promise<{ client: Client; staffId: string }> {
  const referent = await makeStaff(ctx.database.db, { role: 'referent' });
  return {
    client: await login(ctx.app, referent.email, referent.password),
    staffId: referent.staffId,
  };
}

async function create(client: Client): Promise<ParticipantDetail> {
  const res = await client.request({
    method: 'POST',
    url: '/api/participants',
    payload: {
      pseudonym: 'Colibri',
      referralSource: 'mission_locale',
      territory: 'herouville_le_val',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const contract = (version: number, staffId: string, overrides: Record<string, unknown> = {}) => ({
  version,
  signedOn: '2026-03-01',
  plannedEndOn: '2027-03-01',
  coSigners: { participant: true, staffIds: [staffId] },
  objectives: ['Rédiger son CV', 'Découvrir un métier', 'Prendre le bus seul'],
  ...overrides,
});

describe('pathway from first contact to exit and re-entry', () => {
  it('creates in discovery, signs, exits to lasting employment and re-enters', async () => {
    const { client, staffId } = await referentClient();
    const created = await create(client);
    expect(created.phase).toBe('discovery');
    expect(created.team?.map((t) => [t.staffId, t.role])).toEqual([[staffId, 'referent']]);

    const signed = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/contracts`,
      payload: contract(created.version, staffId),
    });
    expect(signed.statusCode).toBe(201);
    const afterSign = signed.json<ParticipantDetail>();
    expect(afterSign.phase).toBe('accompaniment');
    expect(afterSign.contracts?.[0]?.objectives.map((o) => o.text)).toHaveLength(3);
    expect(afterSign.contracts?.[0]?.deadlineOn).toBe('2027-06-01');

    const exit = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/exit`,
      payload: {
        version: afterSign.version,
        exitOn: '2026-09-01',
        situation: 'cdi',
        comment: 'Embauche chez Keolis',
      },
    });
    expect(exit.statusCode).toBe(201);
    const exited = exit.json<ParticipantDetail>();
    expect(exited.phase).toBe('exit');
    expect(exited.exits?.[0]?.category).toBe('employment_lasting');
    expect(exited.contracts?.[0]?.status).toBe('ended');

    const reentry = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/contracts`,
      payload: contract(exited.version, staffId, {
        signedOn: '2026-12-01',
        plannedEndOn: '2027-06-01',
      }),
    });
    expect(reentry.statusCode).toBe(201);
    const back = reentry.json<ParticipantDetail>();
    expect(back.phase).toBe('accompaniment');
    expect(back.contracts?.map((c) => [c.number, c.status])).toEqual([
      [2, 'active'],
      [1, 'ended'],
    ]);

    const timeline = await client.request({
      method: 'GET',
      url: `/api/participants/${created.id}/timeline`,
    });
    expect(
      timeline
        .json<{ kind: string }[]>()
        .map((e) => e.kind)
        .reverse(),
    ).toEqual(['participant_created', 'contract_signed', 'exit_recorded', 'contract_signed']);
  });

  it('refuses a contract over 15 months, saying the limit, and writes nothing', async () => {
    const { client, staffId } = await referentClient();
    const created = await create(client);
    const res = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/contracts`,
      payload: contract(created.version, staffId, { plannedEndOn: '2027-06-02' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: 'contract.too_long',
        details: { maxEndOn: '2027-06-01' },
        fields: [{ path: 'plannedEndOn' }],
      },
    });
    const after = await client.request({ method: 'GET', url: `/api/participants/${created.id}` });
    expect(after.json<ParticipantDetail>()).toMatchObject({
      phase: 'discovery',
      version: created.version,
      contracts: [],
    });
  });

  it('guards phase transitions', async () => {
    const { client } = await referentClient();
    const created = await create(client);
    const illegal = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/phase`,
      payload: { version: created.version, to: 'insertion' },
    });
    expect(illegal.statusCode).toBe(422);
    expect(illegal.json()).toMatchObject({
      error: { code: 'pathway.illegal_transition', details: { from: 'discovery', allowed: [] } },
    });
    const reserved = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/phase`,
      payload: { version: created.version, to: 'accompaniment' },
    });
    expect(reserved.json()).toMatchObject({ error: { code: 'pathway.illegal_transition' } });
  });

  it('requires the contract duration for a CDD and derives the category from it', async () => {
    const { client, staffId } = await referentClient();
    const created = await create(client);
    const signed = (
      await client.request({
        method: 'POST',
        url: `/api/participants/${created.id}/contracts`,
        payload: contract(created.version, staffId),
      })
    ).json<ParticipantDetail>();
    const missing = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/exit`,
      payload: { version: signed.version, exitOn: '2026-05-01', situation: 'cdd' },
    });
    expect(missing.json()).toMatchObject({
      error: { code: 'exit.contract_months_required', fields: [{ path: 'contractMonths' }] },
    });
    const early = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/exit`,
      payload: { version: signed.version, exitOn: '2026-02-01', situation: 'cdi' },
    });
    expect(early.json()).toMatchObject({ error: { code: 'exit.before_entry' } });
    const ok = await client.request({
      method: 'POST',
      url: `/api/participants/${created.id}/exit`,
      payload: {
        version: signed.version,
        exitOn: '2026-05-01',
        situation: 'cdd',
        contractMonths: 4,
      },
    });
    expect(ok.json<ParticipantDetail>().exits?.[0]?.category).toBe('employment_transition');
  });

  it('amends a contract and keeps the history', async () => {
    const { client, staffId } = await referentClient();
    const created = await create(client);
    const signed = (
      await client.request({
        method: 'POST',
        url: `/api/participants/${created.id}/contracts`,
        payload: contract(created.version, staffId),
      })
    ).json<ParticipantDetail>();
    const contractId = signed.contracts?.[0]?.id ?? '';
    const res = await client.request({
      method: 'PATCH',
      url: `/api/participants/${created.id}/contracts/${contractId}`,
      payload: {
        version: signed.version,
        reason: 'Projet de formation',
        plannedEndOn: '2027-05-01',
        objectives: ['Rédiger son CV', 'Choisir une formation'],
      },
    });
    expect(res.statusCode).toBe(200);
    const amended = res.json<ParticipantDetail>().contracts?.[0];
    expect(amended?.plannedEndOn).toBe('2027-05-01');
    expect(amended?.objectives.map((o) => o.text)).toEqual([
      'Rédiger son CV',
      'Choisir une formation',
    ]);
    expect(amended?.amendments[0]).toMatchObject({
      reason: 'Projet de formation',
      before: { plannedEndOn: '2027-03-01' },
    });
  });
});
