import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  browserSkipReason,
  checkA11y,
  launchBrowser,
  newPhoneContext,
  screenshot,
  startServer,
  watchPageErrors,
  type RunningServer,
} from '../support/index.js';

const skip = browserSkipReason();

void describe('smoke: the built app starts and shows the login page', () => {
  let server: RunningServer;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await server.stop();
  });

  void test('GET /api/health answers ok on embedded PGlite', async () => {
    const response = await fetch(`${server.url}/api/health`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { status?: unknown; version?: unknown; database?: unknown };
    assert.equal(body.status, 'ok');
    assert.equal(body.database, 'pglite');
    assert.equal(typeof body.version, 'string');
  });

  void test('an anonymous visitor on a phone lands on an accessible login form', { skip }, async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const context = await newPhoneContext(browser, server.url);
      const page = await context.newPage();
      const pageErrors = watchPageErrors(page);
      const response = await page.goto('/');
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      await page.getByRole('heading', { name: /connexion|connecter|bienvenue/i }).first().waitFor();
      await page.getByLabel(/e-mail|courriel/i).waitFor();
      await page.getByLabel(/mot de passe/i).waitFor();
      assert.match(new URL(page.url()).pathname, /^\/connexion/);
      await checkA11y(page, 'login');
      await screenshot(page, 'smoke-login-phone');
      assert.deepEqual(pageErrors(), []);
    } finally {
      await browser?.close();
    }
  });
});
