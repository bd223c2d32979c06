/**
 * The participant's phone on a weak mobile connection (issue 12): from navigation to the first
 * tile of the /moi home (signed in), and to the sign-in field of /moi/connexion (signed out).
 *   npm run build && npm run phone -w @territoires/bench -- [--runs 3] [--data-dir DIR]
 * (--data-dir keeps the seeded demo database for the next run: seeding takes a minute or two;
 * --web-dist serves another build, e.g. one without moi.html nor .br/.gz copies, for a "before".)
 * Chromium (playwright-core, /usr/bin/chromium), 360×740, CDP network emulation: 400 ms latency,
 * 50,000 bytes/s both ways, cache disabled. Prints the median and each run, and the JavaScript
 * bytes on the wire until the screen showed; writes bench/results/participant-phone.json.
 * Budget: under 3,000 ms and at most 100 KB of JavaScript for each screen.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD, persona } from '../../apps/server/src/seed/personas.js';
import { login, ROOT, startServer } from '../support/server.js';
import { measure, type Measure } from './measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'data-dir': { type: 'string' },
    'web-dist': { type: 'string' },
  },
});
const runs = Number(values.runs);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
const SCREENS = [
  { name: '/moi (signed in, first tile)', path: '/moi', selector: '.me-tile', signedIn: true },
  {
    name: '/moi/connexion (sign-in field)',
    path: '/moi/connexion',
    selector: 'main input',
    signedIn: false,
  },
] as const;

const newPhone = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
  });

/** A one-time code for a demo participant, issued by their référent through the API. */
async function signInCodeUrl(url: string): Promise<string> {
  const { cookie, csrfToken } = await login(url, persona('referent').email, DEMO_PASSWORD);
  const list = await fetch(`${url}/api/participants?pageSize=50`, { headers: { cookie } });
  const { items } = (await list.json()) as { items: { id: string }[] };
  for (const { id } of items) {
    const res = await fetch(`${url}/api/participants/${id}/sign-in-code`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    if (res.status === 201) return ((await res.json()) as { url: string }).url;
  }
  throw new Error('no participant of the demo référent could get a sign-in code');
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'tp-bench-phone-'));
  const webDist = values['web-dist'];
  const env = { DATA_DIR: dataDir, ...(webDist === undefined ? {} : { WEB_DIST: webDist }) };
  const server = await startServer(env, { demo: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: { screen: string; runs: Measure[]; medianMs: number; medianJsBytes: number }[] =
    [];
  try {
    const signedIn = await newPhone(browser, server.url);
    const page = await signedIn.newPage();
    await page.goto(await signInCodeUrl(server.url));
    await page.locator('.me-tile').first().waitFor();
    await page.close();
    for (const screen of SCREENS) {
      const context = screen.signedIn ? signedIn : await newPhone(browser, server.url);
      const measures: Measure[] = [];
      for (let i = 0; i < runs; i++)
        measures.push(await measure(context, screen.path, screen.selector));
      if (!screen.signedIn) await context.close();
      results.push({
        screen: screen.name,
        runs: measures,
        medianMs: median(measures.map((m) => m.ms)),
        medianJsBytes: median(measures.map((m) => m.jsBytes)),
      });
    }
  } finally {
    await browser.close();
    await server.stop();
    if (values['data-dir'] === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('| screen | median ms (runs) | JavaScript on the wire (median) |');
  console.log('| --- | --- | --- |');
  for (const r of results) {
    const each = r.runs.map((m) => Math.round(m.ms)).join(', ');
    console.log(
      `| ${r.screen} | ${Math.round(r.medianMs)} (${each}) | ${(r.medianJsBytes / 1000).toFixed(1)} KB |`,
    );
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/participant-phone.json'),
    JSON.stringify(results, null, 2),
  );
}

await main();
