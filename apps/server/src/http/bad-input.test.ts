import type { ParticipantDetail } from '@territoires/contracts';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeParticipant, makeStaff, type TestStaff } from '../test-support/factories.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { contractBody } from '../test-support/world.js';
import { signContract } from '../pathway/index.js';

const ctx = useTestApp();

const NO_ID = '00000000-0000-4000-8000-000000000001';
let referent: Pick<TestStaff, 'staffId'> = { staffId: NO_ID };
let client: Client;
let discovery: Pick<ParticipantDetail, 'id' | 'version'> = { id: NO_ID, version: 1 };
let signed: Pick<ParticipantDetail, 'id' | 'version' | 'contracts'> = { id: NO_ID, version: 1 };

beforeAll(async () => {
  const staff = await makeStaff(ctx.database.db, { role: 'referent' });
  referent = staff;
  client = await loginAs(ctx.app, staff);
  discovery = await makeParticipant(ctx.services, { actor: staff });
  const other = await makeParticipant(ctx.services, { actor: staff });
  signed = await signContract(
    ctx.services,
    staff,
    other.id,
    contractBody(other.version, staff.staffId),
  );
});

const valid = { pseudonym: 'Colibri', referralSource: 'self', territory: 'colombelles' };
const contract = (overrides: Record<string, unknown> = {}) => ({
  ...contractBody(discovery.version, referent.staffId),
  ...overrides,
});
const participant = () => `/api/participants/${discovery.id}`;

interface BadCase {
  request: InjectOptions;
  status: number;
  code: string;
  /** Paths that must appear among the field errors. */
  fields?: string[];
}

const post = (url: string, payload: unknown): InjectOptions => ({
  method: 'POST',
  url,
  payload: payload as object,
});
const raw = (
  method: 'POST' | 'PATCH',
  url: string,
  body: string,
  type = 'application/json',
): InjectOptions => ({ method, url, payload: body, headers: { 'content-type': type } });

// prettier-ignore
const cases = (): Record<string, BadCase> => ({
  'malformed JSON': {
    request: raw('POST', '/api/participants', '{"pseudonym": "Colibri",'),
    status: 400, code: 'request.malformed_json',
  },
  'malformed JSON on an edit': {
    request: raw('PATCH', participant(), "{version: 1, commune: 'Ifs'}"),
    status: 400, code: 'request.malformed_json',
  },
  'empty JSON body': {
    request: raw('POST', `${participant()}/notes`, ''),
    status: 400, code: 'request.malformed_json',
  },
  'prototype poisoning': {
    request: raw('POST', '/api/participants',
      '{"pseudonym":"Colibri","referralSource":"self","territory":"colombelles","__proto__":{"x":1}}'),
    status: 400, code: 'request.malformed_json',
  },
  'JSON nested 50 000 deep': {
    request: raw('POST', '/api/participants', `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
    status: 400, code: 'request.too_complex',
  },
  'an object nested 12 000 deep in a field (checked before any schema)': {
    request: raw('POST', '/api/participants',
      `{"pseudonym":${'{"a":'.repeat(12_000)}1${'}'.repeat(12_000)}}`),
    status: 400, code: 'request.too_complex',
  },
  'a flat body with too many values': {
    request: post('/api/participants', { ...valid, many: Array.from({ length: 25_000 }, () => 0) }),
    status: 400, code: 'request.too_complex',
  },
  'not JSON at all': {
    request: raw('POST', '/api/participants', '<participant/>', 'application/xml'),
    status: 415, code: 'request.unsupported_media_type',
  },
  'body over 1 MB': {
    request: post(`${participant()}/notes`, { body: 'x'.repeat(1_100_000) }),
    status: 413, code: 'request.too_large',
  },
  'unknown field': {
    request: post('/api/participants', { ...valid, isAdmin: true }),
    status: 400, code: 'request.validation_failed', fields: ['isAdmin'],
  },
  'unknown nested field': {
    request: post(`${participant()}/contracts`,
      contract({ coSigners: { participant: true, staffIds: [referent.staffId], notary: 'x' } })),
    status: 400, code: 'request.validation_failed', fields: ['coSigners.notary'],
  },
  'wrong type': {
    request: post('/api/participants', { ...valid, pseudonym: 42 }),
    status: 400, code: 'request.validation_failed', fields: ['pseudonym'],
  },
  'version as a string': {
    request: ({ method: 'PATCH', url: participant(), payload: { version: '1', commune: 'Ifs' } }),
    status: 400, code: 'request.validation_failed', fields: ['version'],
  },
  'version zero': {
    request: ({ method: 'PATCH', url: participant(), payload: { version: 0 } }),
    status: 400, code: 'request.validation_failed', fields: ['version'],
  },
  'missing fields': {
    request: post('/api/participants', {}),
    status: 400, code: 'request.validation_failed',
    fields: ['pseudonym', 'referralSource', 'territory'],
  },
  'an array for a body': {
    request: post('/api/participants', [valid]),
    status: 400, code: 'request.validation_failed',
  },
  'null for a body': {
    request: raw('POST', '/api/participants', 'null'),
    status: 400, code: 'request.validation_failed',
  },
  'unknown territory': {
    request: post('/api/participants', { ...valid, territory: 'paris_15' }),
    status: 400, code: 'request.validation_failed', fields: ['territory'],
  },
  'pseudonym of 100 000 characters': {
    request: post('/api/participants', { ...valid, pseudonym: 'a'.repeat(100_000) }),
    status: 400, code: 'request.validation_failed', fields: ['pseudonym'],
  },
  'a NUL character in a text': {
    request: post('/api/participants', { ...valid, pseudonym: 'Coli\u0000bri' }),
    status: 400, code: 'request.validation_failed', fields: ['pseudonym'],
  },
  'bad uuid in the path': {
    request: ({ method: 'GET', url: '/api/participants/not-a-uuid' }),
    status: 400, code: 'request.validation_failed', fields: ['params.id'],
  },
  'bad uuid in the path of a write': {
    request: ({ method: 'PATCH', url: '/api/participants/123', payload: { version: 1 } }),
    status: 400, code: 'request.validation_failed', fields: ['params.id'],
  },
  'bad contract uuid': {
    request: ({ method: 'PATCH', url: `/api/participants/${signed.id}/contracts/zzz`,
      payload: { version: signed.version, reason: 'Test' } }),
    status: 400, code: 'request.validation_failed', fields: ['params.contractId'],
  },
  'a référent who does not exist': {
    request: post('/api/participants', { ...valid, referentId: '00000000-0000-4000-8000-000000000000' }),
    status: 422, code: 'team.member_not_eligible', fields: ['referentId'],
  },
  'unknown participant': {
    request: ({ method: 'PATCH', url: '/api/participants/00000000-0000-4000-8000-000000000000',
      payload: { version: 1, commune: 'Ifs' } }),
    status: 404, code: 'resource.not_found',
  },
  'page zero': {
    request: ({ method: 'GET', url: '/api/participants?page=0' }),
    status: 400, code: 'request.validation_failed', fields: ['query.page'],
  },
  'page size over 200': {
    request: ({ method: 'GET', url: '/api/participants?pageSize=5000' }),
    status: 400, code: 'request.validation_failed', fields: ['query.pageSize'],
  },
  'unknown phase filter': {
    request: ({ method: 'GET', url: '/api/participants?phase=limbo' }),
    status: 400, code: 'request.validation_failed', fields: ['query.phase'],
  },
  'unknown query parameter': {
    request: ({ method: 'GET', url: '/api/participants?orderBy=password_hash' }),
    status: 400, code: 'request.validation_failed',
  },
  'repeated query parameter': {
    request: ({ method: 'GET', url: '/api/participants?page=1&page=2' }),
    status: 400, code: 'request.validation_failed', fields: ['query.page'],
  },
  'a NUL character in the search': {
    request: { method: 'GET', url: '/api/participants?q=Co%00' },
    status: 400, code: 'request.validation_failed', fields: ['query.q'],
  },
  'bad role filter on staff': {
    request: ({ method: 'GET', url: '/api/staff?role=admin' }),
    status: 400, code: 'request.validation_failed', fields: ['query.role'],
  },
  'illegal phase transition': {
    request: post(`${participant()}/phase`, { version: discovery.version, to: 'insertion' }),
    status: 422, code: 'pathway.illegal_transition',
  },
  'stale version': {
    request: ({ method: 'PATCH', url: participant(),
      payload: { version: discovery.version + 5, commune: 'Ifs' } }),
    status: 409, code: 'resource.stale_version',
  },
  'contract over 15 months': {
    request: post(`${participant()}/contracts`, contract({ plannedEndOn: '2027-06-02' })),
    status: 422, code: 'contract.too_long', fields: ['plannedEndOn'],
  },
  'contract ending before it starts': {
    request: post(`${participant()}/contracts`, contract({ plannedEndOn: '2026-02-01' })),
    status: 422, code: 'contract.end_before_start', fields: ['plannedEndOn'],
  },
  'amendment over 15 months': {
    request: ({ method: 'PATCH',
      url: `/api/participants/${signed.id}/contracts/${signed.contracts?.[0]?.id ?? ''}`,
      payload: { version: signed.version, reason: 'Prolonger', plannedEndOn: '2028-01-01' } }),
    status: 422, code: 'contract.too_long', fields: ['plannedEndOn'],
  },
  'a day that does not exist': {
    request: post(`${participant()}/contracts`, contract({ signedOn: '2026-02-30' })),
    status: 400, code: 'request.validation_failed', fields: ['signedOn'],
  },
  // The database refuses it: no field path, but no 5xx either.
  'year zero': {
    request: post(`${participant()}/contracts`,
      contract({ signedOn: '0000-01-01', plannedEndOn: '0000-06-01' })),
    status: 400, code: 'request.validation_failed',
  },
  'a timestamp for a date': {
    request: post(`${participant()}/contracts`, contract({ signedOn: '2026-03-01T00:00:00Z' })),
    status: 400, code: 'request.validation_failed', fields: ['signedOn'],
  },
  'sixteen objectives': {
    request: post(`${participant()}/contracts`,
      contract({ objectives: Array.from({ length: 16 }, (_, i) => `Objectif ${i}`) })),
    status: 400, code: 'request.validation_failed', fields: ['objectives'],
  },
  'a co-signer who is not staff': {
    request: post(`${participant()}/contracts`,
      contract({ coSigners: { participant: true, staffIds: ['00000000-0000-4000-8000-000000000000'] } })),
    status: 422, code: 'contract.co_signer_required', fields: ['coSigners.staffIds'],
  },
  'a negative job contract duration': {
    request: post(`/api/participants/${signed.id}/exit`,
      { version: signed.version, exitOn: '2026-05-01', situation: 'cdd', contractMonths: -1 }),
    status: 400, code: 'request.validation_failed', fields: ['contractMonths'],
  },
  'an exit before the entry': {
    request: post(`/api/participants/${signed.id}/exit`,
      { version: signed.version, exitOn: '2025-01-01', situation: 'cdi' }),
    status: 422, code: 'exit.before_entry', fields: ['exitOn'],
  },
  'a team member who is not a référent': {
    request: post(`${participant()}/team`,
      { version: discovery.version, role: 'referent', staffId: '00000000-0000-4000-8000-000000000000', startOn: '2026-03-15' }),
    status: 422, code: 'team.member_not_eligible',
  },
});

/** Built before the fixtures exist, for the test names only. */
const CASE_NAMES = Object.keys(cases());

describe('bad input: a 4xx with a stable code, never a 5xx, and nothing written', () => {
  it.each(CASE_NAMES)('%s', async (name) => {
    const bad = cases()[name];
    if (!bad) throw new Error(name);
    const before = await fingerprint(ctx.database.db);
    const res = await client.request(bad.request);
    expect(res.statusCode, res.body).toBe(bad.status);
    const body = res.json<{ error: { code: string; fields?: { path: string }[] } }>();
    expect(body.error.code).toBe(bad.code);
    const paths = (body.error.fields ?? []).map((f) => f.path);
    for (const field of bad.fields ?? []) {
      expect(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        paths.join(),
      ).toBe(true);
    }
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('a public route answers bad input the same way', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not an e-mail', password: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'request.validation_failed' } });
  });
});
