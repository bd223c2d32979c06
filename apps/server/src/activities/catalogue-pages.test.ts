import type { CatalogueItem } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { makeActivity } from './test-support/factories.js';

const ctx = useTestApp();
let partner: Client;
let orgId: string;

beforeAll(async () => {
  const { db } = ctx.database;
  orgId = (await makeOrganisation(db)).id;
  partner = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'partner_staff', organisationId: orgId }),
  );
  for (let i = 0; i < 45; i += 1)
    await makeActivity(db, {
      organisationId: orgId,
      title: `Atelier ${String(i).padStart(2, '0')}`,
    });
});

const page = async (offset?: number) => {
  const res = await partner.request({
    method: 'GET',
    url: '/api/catalogue',
    query: { organisationId: orgId, ...(offset === undefined ? {} : { offset: String(offset) }) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: CatalogueItem[]; nextOffset: number | null }>();
};

describe('the staff catalogue, page by page', () => {
  it('says where the next page starts, until the last one', async () => {
    const first = await page();
    expect(first.items).toHaveLength(20);
    expect(first.nextOffset).toBe(20);
    const second = await page(20);
    expect(second.items[0]?.title).toBe('Atelier 20');
    expect(second.nextOffset).toBe(40);
    const last = await page(40);
    expect(last.items.map((i) => i.title)).toEqual([40, 41, 42, 43, 44].map((n) => `Atelier ${n}`));
    expect(last.nextOffset).toBeNull();
  });
});
