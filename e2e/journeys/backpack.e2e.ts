import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  checkpoints,
  createParticipant,
  isoDateInParis,
  issueSignInCode,
  journey,
  logIn,
  newPhoneContext,
  offerBadge,
  participantSignIn,
  signContract,
  watchPageErrors,
  type Credentials,
} from '../support/index.js';

// Issue 17: the participant keeps, shares and proves with their badges; anyone verifies them.
const REFERENT: Credentials & { name: string } = {
  email: 'samia.benali@e2c.demo',
  password: 'Territoires2026!',
  name: 'Samia Benali',
};
const PSEUDONYM = 'Loutre des Marais';
const BADGE = 'Ponctualité';
const OBJECTIVES = ['Arriver à l’heure en stage', 'Découvrir un métier'];

const checkpoint = checkpoints('backpack');

/** The référent: a participant under contract with two key objectives, offered the demo's badge. */
async function staffSide(staff: Page): Promise<string> {
  await logIn(staff, REFERENT);
  const id = await createParticipant(staff, PSEUDONYM);
  await staff.getByRole('tab', { name: 'Contrat', exact: true }).click();
  await signContract(staff, REFERENT.name, isoDateInParis(new Date()), OBJECTIVES);
  await offerBadge(staff, id, `${BADGE} (E2C Normandie)`);
  return id;
}

/** An employer's phone: no account, no cookie. */
async function visitorPage(browser: Browser, baseURL: string): Promise<Page> {
  return (await newPhoneContext(browser, baseURL)).newPage();
}

async function verifyOnVerifier(visitor: Page, file: string, expected: RegExp): Promise<void> {
  await visitor.goto('/verifier');
  await visitor.getByLabel(/Une image de badge/).setInputFiles(file);
  await visitor.getByRole('button', { name: 'Vérifier' }).click();
  await visitor.getByRole('heading', { name: 'Résultat de la vérification' }).waitFor();
  assert.match((await visitor.getByRole('status').textContent()) ?? '', expected);
}

journey(
  'backpack: a participant shares a badge and proves an objective; anyone verifies it',
  'accept → link to an objective → share → verify the page and the PNG → revoke → hide',
  async ({ server, browser }) => {
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const participantId = await staffSide(staff);
    const issued = await issueSignInCode(staff, participantId);
    const { page } = await participantSignIn(browser, server.url, issued, 'qr');
    const pageErrors = watchPageErrors(page);

    // The new badge is announced on /moi, beside the contract's objectives, none reached yet.
    await page.getByText('Un nouveau badge pour vous').waitFor();
    await page.getByText('0 objectif atteint sur 2').waitFor();
    await checkpoint(page, 1, 'home-new-badge');
    await page.getByRole('link', { name: BADGE }).click();
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByLabel(`Mon pseudo : ${PSEUDONYM}`).check();
    await page.getByRole('button', { name: 'Accepter le badge' }).click();
    await page.getByText('Badge accepté.').waitFor();
    const awardId = /\/moi\/badges\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

    // It proves the first key objective, which shows reached.
    await page.getByLabel(OBJECTIVES[0] ?? '').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('C’est enregistré.').waitFor();
    await checkpoint(page, 2, 'badge-kept');

    // Shared: the link, shown once, with its QR code; and the PNG downloaded.
    await page.getByRole('button', { name: 'Partager ce badge' }).click();
    const link = await page.getByLabel(/Lien à donner/).inputValue();
    assert.match(link, /\/partage\/[A-Za-z0-9_-]{43}$/);
    await page.getByRole('img', { name: 'QR code du lien de partage' }).waitFor();
    await checkpoint(page, 3, 'shared');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Image PNG/ }).click();
    const png = await (await download).path();

    await page.goto('/moi');
    await page.getByText('1 objectif atteint sur 2').waitFor();
    await checkpoint(page, 4, 'home-objective-reached');

    // The portfolio to print for an interview: the badges shared, by job family and skill.
    await page.goto('/moi/badges/portfolio');
    await page.getByRole('heading', { name: 'Mon portfolio', level: 1 }).waitFor();
    await page.getByText(BADGE, { exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await checkpoint(page, 5, 'portfolio-print');
    await page.emulateMedia({ media: 'screen' });

    // An employer opens the link: verified; the downloaded PNG verifies on the public verifier.
    const visitor = await visitorPage(browser, server.url);
    await visitor.goto(link);
    await visitor.getByRole('heading', { name: BADGE, level: 1 }).waitFor();
    assert.match((await visitor.getByRole('status').textContent()) ?? '', /authentique/);
    await checkpoint(visitor, 6, 'share-page');
    await verifyOnVerifier(visitor, png, /authentique/);
    await checkpoint(visitor, 7, 'verifier');

    // Revoked by the issuer: both say so.
    await staff.goto(`/participants/${participantId}?section=badges`);
    const tab = staff.getByRole('tabpanel', { name: 'Badges', exact: true });
    await tab.getByRole('button', { name: 'Retirer', exact: true }).click();
    await tab.getByLabel('Motif, écrit pour la personne').fill('Donné trop tôt, pardon.');
    await tab.getByRole('button', { name: 'Retirer le badge' }).click();
    await tab.getByText('Retiré', { exact: true }).waitFor();
    await visitor.goto(link);
    assert.match((await visitor.getByRole('status').textContent()) ?? '', /retiré/);
    await checkpoint(visitor, 8, 'share-page-revoked');
    await verifyOnVerifier(visitor, png, /retiré/);

    // Hidden by its earner: the link answers like one never made.
    await page.goto(`/moi/badges/${awardId}`);
    await page.getByRole('button', { name: 'Cacher ce badge' }).click();
    await page.getByRole('button', { name: 'Ne plus cacher ce badge' }).waitFor();
    const hidden = await visitor.request.get(link);
    const unknown = await visitor.request.get(link.replace(/[A-Za-z0-9_-]{43}$/, 'A'.repeat(43)));
    assert.equal(hidden.status(), 404);
    assert.equal(await hidden.text(), await unknown.text());

    assert.deepEqual(pageErrors(), []);
  },
);
