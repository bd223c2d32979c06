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
    const body = (await response.json()) as {
      status?: unknown;
      version?: unknown;
      database?: unknown;
    };
    assert.equal(body.status, 'ok');
    assert.equal(body.database, 'pglite');
    assert.equal(typeof body.version, 'string');
  });

  void test('deep links serve the web app; unknown API routes answer a JSON 404', async () => {
    const page = await fetch(`${server.url}/participants/nouveau`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<div id="root">/);
    const api = await fetch(`${server.url}/api/nothing-here`);
    assert.equal(api.status, 404);
    const body = (await api.json()) as { error?: { code?: unknown } };
    assert.equal(body.error?.code, 'resource.not_found');
  });

  void test(
    'an anonymous visitor on a phone lands on an accessible login form',
    { skip },
    async () => {
      let browser: Browser | undefined;
      try {
        browser = await launchBrowser();
        const context = await newPhoneContext(browser, server.url);
        const page = await context.newPage();
        const pageErrors = watchPageErrors(page);
        const response = await page.goto('/');
        assert.equal(response?.status(), 200);
        assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
        await page
          .getByRole('heading', { name: /connexion|connecter|bienvenue/i })
          .first()
          .waitFor();
        await page.getByLabel(/e-mail|courriel/i).waitFor();
        await page.getByLabel(/mot de passe/i).waitFor();
        assert.match(new URL(page.url()).pathname, /^\/connexion/);
        await checkA11y(page, 'login');
        await screenshot(page, 'smoke-login-phone');
        // A protected deep link sends an anonymous visitor to the login page too.
        await page.goto('/participants/nouveau');
        await page.waitForURL((url) => url.pathname.startsWith('/connexion'));
        await page.getByLabel(/mot de passe/i).waitFor();
        assert.deepEqual(pageErrors(), []);
      } finally {
        await browser?.close();
      }
    },
  );
});
