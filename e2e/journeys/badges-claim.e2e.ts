import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  isoDateInParis,
  logIn,
  newPhoneContext,
  watchPageErrors,
  type Credentials,
  journey,
  checkpoints,
  parisTimeIn,
} from '../support/index.js';

// The demo animateur of Le Café des images (apps/server/src/seed/personas.ts) and its demo badge.
const ANIMATEUR: Credentials = {
  email: 'lea.moreau@cafedesimages.demo',
  password: 'Territoires2026!',
};
const BADGE = 'Regard de spectateur';
const GUEST = 'Jeanne Martin';

const checkpoint = checkpoints('badges-claim');

/** A session of the animateur's organisation, today, on one of its catalogue activities. */
async function sessionToday(page: Page): Promise<{ id: string; title: string }> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    csrfToken: string;
    user: { memberships: { organisationId: string }[] };
  };
  const organisationId = me.user.memberships[0]?.organisationId ?? '';
  const catalogue = (await (
    await page.request.get(`/api/catalogue?organisationId=${organisationId}`)
  ).json()) as { items: { id: string; title: string }[] };
  const activity = catalogue.items[0];
  assert.ok(activity, 'the animateur has catalogue activities');
  const response = await page.request.post(`/api/activities/${activity.id}/sessions`, {
    data: {
      date: isoDateInParis(new Date()),
      startTime: parisTimeIn(10) ?? '23:58',
      endTime: parisTimeIn(100) ?? '23:59',
      capacity: 12,
    },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  assert.ok(response.ok(), await response.text());
  const created = (await response.json()) as { sessions: { id: string }[] };
  const session = created.sessions[0];
  assert.ok(session);
  return { id: session.id, title: activity.title };
}

journey(
  'badges: a claim code at a session, for everyone present',
  'the animateur shows the code; a guest on a 360 px phone claims and downloads the badge',
  async ({ server, browser }) => {
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const staffErrors = watchPageErrors(staff);
    await logIn(staff, ANIMATEUR);
    const session = await sessionToday(staff);

    // 1. At the end of the session, from its roster: the session's badge.
    await staff.goto(`/seances/${session.id}`);
    await staff.getByRole('heading', { name: session.title, level: 1 }).waitFor();
    await staff.getByRole('link', { name: 'Badge de la séance' }).click();
    await staff.getByRole('heading', { name: 'Badge de la séance', level: 1 }).waitFor();
    await staff.getByLabel('Badge à remettre').selectOption({ label: BADGE });
    await staff.getByRole('button', { name: 'Afficher le code' }).click();
    await staff.getByRole('img', { name: `Code QR du badge « ${BADGE} »` }).waitFor();
    const shortCode = (await staff.locator('.claim-code-short').innerText()).trim();
    assert.match(shortCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await checkpoint(staff, 1, 'code-shown');

    // 2. A guest (no account) types the code on their phone, then the name for the badge.
    const guest = await (await newPhoneContext(browser, server.url)).newPage();
    const guestErrors = watchPageErrors(guest);
    await guest.goto('/moi/recevoir');
    await guest.getByRole('heading', { name: 'Recevoir un badge', level: 1 }).waitFor();
    await guest.getByLabel('Code du badge').fill(shortCode.toLowerCase());
    await checkpoint(guest, 2, 'guest-code');
    await guest.getByRole('button', { name: 'Continuer' }).click();
    await guest.getByRole('heading', { name: BADGE, level: 2 }).waitFor();
    await guest.getByText('Délivré par Le Café des images').waitFor();
    await guest.getByLabel('Votre nom, tel qu’il sera écrit sur le badge').fill(GUEST);
    await checkpoint(guest, 3, 'guest-name');
    const [download] = await Promise.all([
      guest.waitForEvent('download'),
      guest.getByRole('button', { name: 'Recevoir mon badge' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^badge-.+\.json$/);
    const credential = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      type: string[];
      issuer: { id: string };
      credentialSubject: {
        identifier: { identityHash: string }[];
        achievement: { name: string };
      };
      proof: { cryptosuite: string }[];
    };
    assert.deepEqual(credential.type, ['VerifiableCredential', 'AchievementCredential']);
    assert.match(credential.issuer.id, /^did:web:localhost%3A\d+:issuers:/);
    assert.equal(credential.credentialSubject.identifier[0]?.identityHash, GUEST);
    assert.equal(credential.credentialSubject.achievement.name, BADGE);
    assert.equal(credential.proof[0]?.cryptosuite, 'eddsa-rdfc-2022');
    await guest.getByText('Votre badge est enregistré sur votre appareil.').waitFor();
    await checkpoint(guest, 4, 'guest-downloaded');

    // 3. A wrong code answers clearly.
    await guest.goto('/moi/recevoir');
    await guest.getByLabel('Code du badge').fill('ZZZZ-ZZZZ');
    await guest.getByRole('button', { name: 'Continuer' }).click();
    await guest
      .getByRole('alert')
      .getByText(/n’existe pas ou n’est plus valable/)
      .waitFor();
    await checkpoint(guest, 5, 'guest-unknown');

    // 4. The animateur sees how many claimed, never who.
    await staff.reload();
    await staff.getByText('1 personne l’a reçu').waitFor();
    assert.equal(await staff.getByText(GUEST).count(), 0);
    await checkpoint(staff, 6, 'count');

    assert.deepEqual(staffErrors(), []);
    assert.deepEqual(guestErrors(), []);
  },
);
