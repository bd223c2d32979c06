import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  checkpoints,
  journey,
  logIn,
  newPhoneContext,
  watchPageErrors,
  type Credentials,
} from '../support/index.js';

// Demo personas seeded by `serve --demo` (apps/server/src/seed/personas.ts).
const EVALUATOR: Credentials = { email: 'ines.dubois@ansa.demo', password: 'Territoires2026!' };
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: 'Territoires2026!' };
const RURAL = "Vallées de l'Orne et de l'Odon";
const MASKED_ON_SCREEN = 'moins de 5';
const MASKED_IN_FILE = '<5';

const checkpoint = checkpoints('indicators');

/** A figure of the period's table, as the screen shows it. */
async function figureOnScreen(page: Page, label: string): Promise<string> {
  const row = page
    .getByRole('table', { name: /^Du / })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.getByRole('cell').first().innerText()).trim();
}

/** Clicks a download link and reads the file back as a workbook. */
async function download(page: Page, name: string, dir: string): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const asShown = (value: unknown): string =>
  value === MASKED_IN_FILE ? MASKED_ON_SCREEN : String(value);

journey(
  'indicators: the evaluator reads the figures and takes the files, a référent does not',
  'the evaluator lands on the dashboard, filters on the rural zone for a year, downloads the report and the participant-level file; a référent reaches neither',
  async ({ server, browser, onClose }) => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-indicators-e2e-'));
    onClose(() => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const context = await newPhoneContext(browser, server.url);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await logIn(page, EVALUATOR);
    await page.waitForURL((url) => url.pathname === '/indicateurs');
    await page.getByRole('heading', { name: 'Indicateurs', level: 1 }).waitFor();
    await page.getByText('Les effectifs de moins de 5 personnes sont masqués.').waitFor();
    await checkpoint(page, 1, 'evaluator-lands');

    // A year (the default period) of the rural zone.
    await page.getByRole('combobox', { name: 'Territoire' }).selectOption({ label: RURAL });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('territoire') === 'rural_vallees_orne_odon',
    );
    await page.getByRole('table', { name: 'Territoire' }).waitFor();
    const territoryRows = page.getByRole('table', { name: 'Territoire' }).getByRole('row');
    assert.ok((await territoryRows.count()) <= 2, 'only the rural zone is left');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `no sideways scroll on 360 px (${String(overflow)} px)`);
    await checkpoint(page, 2, 'rural-year');
    const screen = {
      entries: await figureOnScreen(page, 'Entrées'),
      created: await figureOnScreen(page, 'Premiers contacts'),
      dynamicExits: await figureOnScreen(page, 'Sorties dynamiques'),
      within15: await figureOnScreen(page, 'dont dans les 15 mois'),
    };

    const report = await download(page, 'Rapport (XLSX)', dir);
    const total = new Map<string, unknown>();
    report.getWorksheet('total')?.eachRow((row) => {
      total.set(row.getCell(1).text, row.getCell(2).value);
    });
    assert.equal(total.get('territory'), 'rural_vallees_orne_odon');
    assert.equal(asShown(total.get('entries')), screen.entries);
    assert.equal(asShown(total.get('discovery.created')), screen.created);
    assert.equal(asShown(total.get('dynamicExits')), screen.dynamicExits);
    assert.equal(asShown(total.get('compliance.withinFifteenMonths')), screen.within15);
    assert.ok(report.getWorksheet('ageBand'), 'one sheet per breakdown');
    assert.equal(report.getWorksheet('referent'), undefined, 'no staff names for an evaluator');
    for (const sheet of report.worksheets)
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'number' && row.number > 1 && sheet.name !== 'total')
            assert.ok(cell.value === 0 || cell.value >= 5, `${sheet.name}: ${String(cell.value)}`);
        });
      });

    const people = await download(page, 'Fichier par participant (pseudonymisé, XLSX)', dir);
    const sheet = people.getWorksheet('participants');
    assert.ok(sheet);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 3), ['pseudonymousId', 'territory', 'ageBand']);
    assert.ok(!header.includes('pseudonym') && !header.includes('contact'));
    sheet.eachRow((row, n) => {
      if (n > 1) assert.equal(row.getCell(2).text, 'rural_vallees_orne_odon');
    });
    await checkpoint(page, 3, 'files-downloaded');

    // On paper: no filters nor downloads, the figures and their definitions.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Afficher' }).isVisible(), false);
    assert.equal(await page.getByRole('link', { name: 'Rapport (XLSX)' }).isVisible(), false);
    assert.ok(await page.getByRole('heading', { name: 'Définitions' }).isVisible());
    await page.emulateMedia({ media: 'screen' });

    // The whole programme over three years, every breakdown: how long the figures take.
    const started = Date.now();
    const all = await page.request.get('/api/indicators?from=2023-12-01&to=2026-11-30');
    assert.equal(all.status(), 200);
    const took = Date.now() - started;
    console.log(`GET /api/indicators, three years, every breakdown: ${String(took)} ms`);
    assert.ok(took < 5000, `${String(took)} ms`);
    assert.deepEqual(errors(), []);
    await context.close();

    // A référent: neither the dashboard nor the files.
    const other = await newPhoneContext(browser, server.url);
    const referentPage = await other.newPage();
    await logIn(referentPage, REFERENT);
    await referentPage.goto('/indicateurs');
    await referentPage
      .getByRole('heading', { name: "Cet écran n'est pas pour votre rôle" })
      .waitFor();
    assert.equal(await referentPage.getByRole('link', { name: 'Indicateurs' }).count(), 0);
    await checkpoint(referentPage, 4, 'referent-refused');
    const period = 'from=2025-01-01&to=2025-12-31';
    for (const url of [
      `/api/indicators?${period}`,
      `/api/indicators/export?${period}&format=xlsx`,
      `/api/indicators/participants?${period}&format=xlsx`,
    ]) {
      const res = await referentPage.request.get(url);
      assert.equal(res.status(), 403, url);
    }
    await other.close();
  },
);
