import { PARTICIPANT_EXPORT_COLUMNS, type IndicatorsResponse } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, type World } from '../test-support/world.js';
import { MASKED } from './exports.js';
import { toCsv } from './files.js';
import { pseudonymousId } from './pseudonyms.js';
import { flatten } from './suppression.js';
import { type RawData } from './test-support/brute-force.js';
import { datasetArb, rowsOf, writeDataset } from './test-support/dataset.js';

const ctx = useTestApp();
let world: World;
let data: RawData;
let evaluator: Client;
let coordination: Client;
const PERIOD = { from: '2021-01-01', to: '2022-12-31' };

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  const [stories] = fc.sample(fc.array(datasetArb, { minLength: 4, maxLength: 4 }), {
    numRuns: 1,
    seed: 11,
  });
  data = rowsOf(
    (stories ?? []).flat(),
    [world.following, world.partner],
    world.staff.referent.staffId,
  );
  await writeDataset(ctx.database.db, data, world.staff.referent.staffId);
  evaluator = await loginAs(ctx.app, world.staff.evaluator);
  coordination = await loginAs(ctx.app, world.staff.coordination);
});

const get = (client: Client, path: string, query: Record<string, string>) =>
  client.request({ method: 'GET', url: `${path}?${new URLSearchParams(query).toString()}` });

async function sheetsOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('the aggregate report as a file', () => {
  it('XLSX: one sheet per breakdown, the same figures as the dashboard, masked alike', async () => {
    const screen = (await get(evaluator, '/api/indicators', PERIOD)).json<IndicatorsResponse>();
    const res = await get(evaluator, '/api/indicators/export', { ...PERIOD, format: 'xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('indicateurs-2021-01-01-2022-12-31.xlsx');
    const workbook = await sheetsOf(res.rawPayload);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'total',
      ...screen.breakdowns.map((b) => b.dimension),
      'attendance.partners',
      'attendance.thematiques',
      'badges.issuers',
    ]);
    const partners = workbook.getWorksheet('attendance.partners');
    expect((partners?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'key',
      'label',
      'participants',
      'presences',
    ]);
    expect(partners?.getRow(2).getCell(1).value).toBe('all');
    const issuers = workbook.getWorksheet('badges.issuers');
    expect((issuers?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'key',
      'label',
      'offered',
      'accepted',
      'shared',
      'endorsed',
    ]);
    const total = new Map<string, unknown>();
    workbook
      .getWorksheet('total')
      ?.eachRow((row) => total.set(row.getCell(1).text, row.getCell(2).value));
    for (const [path, value] of Object.entries(flatten(screen.figures)))
      expect(total.get(path), path).toBe(
        value === null ? (path.endsWith('Days') ? null : MASKED) : value,
      );
    const territory = workbook.getWorksheet('territory');
    const header = (territory?.getRow(1).values as unknown[]).slice(1);
    const entries = header.indexOf('entries') + 1;
    const onScreen = screen.breakdowns.find((b) => b.dimension === 'territory')?.rows ?? [];
    onScreen.forEach((row, i) => {
      const line = territory?.getRow(i + 2);
      expect(line?.getCell(1).value).toBe(row.key);
      expect(line?.getCell(entries).value).toBe(row.figures.entries ?? MASKED);
    });
    expect(JSON.stringify(screen)).toContain('null');
  });

  it('CSV: every sheet in one table, a formula never reaches a spreadsheet', async () => {
    const res = await get(coordination, '/api/indicators/export', { ...PERIOD, format: 'csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^sheet,figure,value,key,label,entries,/);
    expect(lines.some((l) => l.startsWith('territory,'))).toBe(true);
    const csv = toCsv([
      { name: 's', columns: ['a'], rows: [['=HYPERLINK("x")'], ['a,b']] },
    ]).toString();
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a,b"');
  });
});

describe("the evaluators' participant-level file", () => {
  it('pseudonymous ids (stable, or salted), no names nor contacts, every download audited', async () => {
    const res = await get(evaluator, '/api/indicators/participants', { ...PERIOD, format: 'xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    const sheet = (await sheetsOf(res.rawPayload)).getWorksheet('participants');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...PARTICIPANT_EXPORT_COLUMNS]);
    const ids: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).text);
    });
    expect(ids.length).toBeGreaterThan(5);
    const text = res.rawPayload.toString('latin1');
    for (const p of data.participants) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(`P ${p.id.slice(0, 6)}`);
    }
    const again = await get(evaluator, '/api/indicators/participants', {
      ...PERIOD,
      format: 'csv',
    });
    const csvIds = again.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(csvIds).toEqual(ids);
    const salted = await get(evaluator, '/api/indicators/participants', {
      ...PERIOD,
      format: 'csv',
      salt: 'un sel de test',
    });
    const saltedIds = salted.body
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(saltedIds.filter((id) => ids.includes(id ?? ''))).toEqual([]);
    expect(pseudonymousId(Buffer.alloc(32), 'a')).not.toBe(
      pseudonymousId(Buffer.alloc(32), 'a', 'sel'),
    );
    const audited = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'indicators.participants_export'),
          eq(auditEvents.actorId, world.staff.evaluator.staffId),
        ),
      );
    expect(audited).toHaveLength(3);
    expect(audited[2]?.after).toMatchObject({
      from: '2021-01-01',
      to: '2022-12-31',
      format: 'csv',
      salted: true,
      rows: ids.length,
    });
  });

  it('coordination does not get it (aggregates and the dashboard are theirs, rows about people are not)', async () => {
    const res = await get(coordination, '/api/indicators/participants', {
      ...PERIOD,
      format: 'csv',
    });
    expect(res.statusCode).toBe(403);
  });
});
