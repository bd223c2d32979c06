import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  issueSignInCode,
  logIn,
  newPhoneContext,
  participantSignIn,
  watchPageErrors,
  type Credentials,
  journey,
  checkpoints,
} from '../support/index.js';

// The demo référent (E2C Normandie) seeded on first start (README.md, "Demo logins").
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: 'Territoires2026!' };
const PSEUDONYM = 'Mésange du Port';
const TILES = ['Mon agenda', 'Essayer une activité', 'Mes expériences', 'Mes réflexions'];

const checkpoint = checkpoints('participant-space');

/** Creates a participant through the form; the référent who creates them follows them. */
async function createParticipant(page: Page): Promise<string> {
  await page.goto('/participants/nouveau');
  await page.getByLabel(/^pseudonyme/i).fill(PSEUDONYM);
  await page
    .getByLabel(/^comment nous avons rencontré/i)
    .selectOption({ label: 'Structure de quartier' });
  await page.getByLabel(/^territoire/i).selectOption({ label: 'Caen – Chemin Vert' });
  await page.getByRole('button', { name: /créer le participant/i }).click();
  await page.getByRole('heading', { name: PSEUDONYM, level: 1 }).waitFor();
  const id = /\/participants\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  assert.ok(id, `participant id expected in ${page.url()}`);
  return id;
}

journey(
  'participant space: a référent hands out a code, the participant signs in on their phone',
  'code and QR code → sign-in on a phone → home with four tiles → sign-out',
  async ({ server, browser }) => {
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const staffErrors = watchPageErrors(staff);
    await logIn(staff, REFERENT);
    const participantId = await createParticipant(staff);

    const issued = await issueSignInCode(staff, participantId);
    assert.match(issued.url, /^\/moi\/connexion\?code=[0-9A-Z]{9}$/);
    await staff.getByRole('timer').waitFor();
    await staff.getByRole('img', { name: new RegExp(`QR code .*${PSEUDONYM}`) }).waitFor();
    await checkpoint(staff, 1, 'staff-code');
    await staff.getByRole('button', { name: 'Plein écran' }).click();
    await staff.getByRole('dialog', { name: 'Scanner pour entrer' }).waitFor();
    await checkpoint(staff, 2, 'staff-fullscreen');
    await staff.getByRole('button', { name: 'Fermer' }).click();

    // The participant's phone: first the empty sign-in page, then the QR code's URL.
    const blank = await newPhoneContext(browser, server.url);
    const blankPage = await blank.newPage();
    await blankPage.goto('/moi');
    await blankPage
      .getByRole('heading', { name: 'Entrer dans mon espace', level: 1, exact: true })
      .waitFor();
    assert.equal(new URL(blankPage.url()).pathname, '/moi/connexion');
    await checkpoint(blankPage, 3, 'sign-in');
    await blank.close();

    const phone = await participantSignIn(browser, server.url, issued, 'qr');
    const page = phone.page;
    const pageErrors = watchPageErrors(page);
    // The code left the address bar (and the history entry was replaced).
    assert.equal(new URL(page.url()).pathname, '/moi');
    assert.equal(new URL(page.url()).search, '');
    await page.getByText(`Bonjour ${PSEUDONYM}`).waitFor();
    for (const label of TILES) await page.getByRole('link', { name: new RegExp(label) }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Mon espace' });
    for (const label of ['Accueil', 'Agenda', 'Activités', 'Expériences'])
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    await checkpoint(page, 4, 'home');

    // The code is spent: a second phone typing it is told so, simply.
    const other = await newPhoneContext(browser, server.url);
    const otherPage = await other.newPage();
    await otherPage.goto('/moi/connexion');
    await otherPage.getByLabel('Mon code pour entrer').fill(issued.code.toLowerCase());
    await otherPage.getByRole('button', { name: 'Entrer', exact: true }).click();
    await otherPage
      .getByRole('alert')
      .getByText(/ce code ne marche pas/i)
      .waitFor();
    await checkpoint(otherPage, 5, 'code-spent');
    await other.close();

    await page.getByRole('link', { name: 'Sortir' }).click();
    await page
      .getByRole('heading', { name: 'Sortir de mon espace', level: 1, exact: true })
      .waitFor();
    await checkpoint(page, 6, 'sign-out');
    await page.getByRole('button', { name: 'Oui, sortir' }).click();
    await page
      .getByRole('heading', { name: 'Entrer dans mon espace', level: 1, exact: true })
      .waitFor();
    const me = await page.request.get('/api/me');
    assert.equal(me.status(), 401);

    assert.deepEqual(pageErrors(), []);
    assert.deepEqual(staffErrors(), []);
  },
);
