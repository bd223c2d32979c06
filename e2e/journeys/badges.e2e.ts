import { verify } from '@territoires/open-badges';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
const PSEUDONYM = 'Héron des Prairies';
const BADGE = 'Accueil du public';
const REASON = 'A tenu trois permanences d’accueil, le sourire en plus.';

const checkpoint = checkpoints('badges');

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

/** The référent designs a badge for E2C, then generates its image, with the image's text. */
async function designBadge(page: Page): Promise<void> {
  await page.goto('/badges');
  await page.getByRole('heading', { name: 'Badges', level: 1 }).waitFor();
  // The demo's own badges are there on first start.
  await page.getByRole('heading', { name: 'Ponctualité' }).waitFor();
  const form = page.getByRole('form', { name: 'Créer un badge' });
  await form.getByLabel('Nom', { exact: true }).fill(BADGE);
  await form
    .getByLabel('Description', { exact: true })
    .fill('Accueille le public avec le sourire.');
  await form.getByLabel('Ce qu’il faut avoir fait').fill('Trois permanences d’accueil.');
  await form
    .getByLabel('Type de reconnaissance')
    .selectOption({ label: 'Apprentissage non formel' });
  await form.getByLabel(/^Durée de validité/).fill('12');
  await form.getByLabel('Texte de l’image').fill('Une main tendue');
  await checkpoint(page, 1, 'designer');
  await form.getByRole('button', { name: 'Créer le badge' }).click();
  await page.getByRole('heading', { name: BADGE }).waitFor();
  // Its image is generated from a template: shape, colours, pictogram, title, with a live preview.
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: BADGE }) });
  await card.getByText(`Image de « ${BADGE} »`).click();
  await card.getByLabel('Forme').selectOption({ label: 'Écusson' });
  await card.getByLabel('Pictogramme').selectOption({ label: 'poignée de main' });
  const alt = card.getByLabel('Texte de l’image');
  // The proposed text follows the template (after React's next render).
  const proposed = `Écusson avec un pictogramme poignée de main et le texte « ${BADGE} »`;
  for (let i = 0; i < 50 && (await alt.inputValue()) !== proposed; i += 1)
    await page.waitForTimeout(100);
  assert.equal(await alt.inputValue(), proposed);
  await card.getByRole('img', { name: 'Aperçu de l’image créée' }).waitFor();
  await checkpoint(page, 1, 'image-designer');
  await alt.fill('Une main tendue');
  await card.getByRole('button', { name: 'Créer l’image' }).click();
  await card.getByText('Image créée.').waitFor();
  await page.getByRole('img', { name: 'Une main tendue' }).waitFor();
}

/** The référent holds a reflexivity time that proposes the badge, then awards it from there. */
async function awardFromReflection(staff: Page, participantId: string): Promise<void> {
  await staff.goto(`/participants/${participantId}?section=experiences`);
  await staff.getByRole('button', { name: 'Tenir un temps de réflexion' }).click();
  const form = staff.getByRole('form', { name: 'Nouveau temps de réflexion' });
  await form.getByRole('checkbox', { name: 'Proposer un badge' }).check();
  await form.getByLabel('Nom du badge').fill(BADGE);
  await form.getByLabel('Pourquoi ce badge').fill(REASON);
  await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await staff.getByText(`Badge proposé : ${BADGE}`).waitFor();
  await staff.getByRole('link', { name: 'Attribuer ce badge' }).click();

  const tab = staff.getByRole('tabpanel', { name: 'Badges', exact: true });
  // One click: the badge and the reason come from the reflexivity time.
  assert.equal(
    await tab.getByLabel('Badge', { exact: true }).inputValue(),
    await tab.getByRole('option', { name: `${BADGE} (E2C Normandie)` }).getAttribute('value'),
  );
  assert.equal(await tab.getByLabel(/Pourquoi ce badge/).inputValue(), REASON);
  await tab.getByRole('button', { name: 'Proposer', exact: true }).click();
  await tab.getByText(/Badge proposé : la personne/).waitFor();
  await tab.getByText('Proposé', { exact: true }).waitFor();
  await checkpoint(staff, 2, 'offered');
  // The reflexivity time now says the badge was awarded, and offers it no more.
  await staff.goto(`/participants/${participantId}?section=experiences`);
  await staff.getByText(`Badge remis : ${BADGE}`).waitFor();
  assert.equal(await staff.getByRole('link', { name: 'Attribuer ce badge' }).count(), 0);
}

/** The signed badge as a VC-JWT, downloaded by the team from the file. */
async function downloadJwt(staff: Page, participantId: string): Promise<string> {
  await staff.goto(`/participants/${participantId}?section=badges`);
  const tab = staff.getByRole('tabpanel', { name: 'Badges', exact: true });
  const [download] = await Promise.all([
    staff.waitForEvent('download'),
    tab.getByRole('button', { name: 'Télécharger le badge signé (format JWT)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.jwt$/);
  return (await readFile(await download.path(), 'utf8')).trim();
}

/** As a verifier elsewhere: the issuer's DID document and status list come from the running server. */
const verifyAt = (page: Page, jwt: string) =>
  verify(jwt, {
    fetchJson: async (url: string) => (await page.request.get(url)).json() as Promise<unknown>,
  });

journey(
  'badges: an organisation designs and awards an Open Badge, the participant accepts it',
  'design → award from a reflexivity time → accept on a 360 px phone under the pseudonym → revoke',
  async ({ server, browser }) => {
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const staffErrors = watchPageErrors(staff);
    await logIn(staff, REFERENT);
    await designBadge(staff);
    const participantId = await createParticipant(staff);
    await awardFromReflection(staff, participantId);

    const issued = await issueSignInCode(staff, participantId);
    const { page } = await participantSignIn(browser, server.url, issued, 'qr');
    const pageErrors = watchPageErrors(page);
    await page.getByRole('link', { name: /Mes badges/ }).click();
    await page.getByRole('heading', { name: 'Mes badges', level: 1 }).waitFor();
    await page.getByRole('heading', { name: BADGE }).waitFor();
    await checkpoint(page, 3, 'my-badges');
    await page.getByRole('link', { name: 'Voir' }).click();
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByLabel(`Mon pseudo : ${PSEUDONYM}`).check();
    await checkpoint(page, 4, 'name-choice');
    await page.getByRole('button', { name: 'Accepter le badge' }).click();
    await page.getByText('Badge accepté.').waitFor();
    await page.getByText('Accepté', { exact: true }).waitFor();
    await checkpoint(page, 5, 'accepted');

    // The issuer is published for any verifier: its DID document and its page.
    const slug = 'e2c-normandie';
    const did = await page.request.get(`/issuers/${slug}/did.json`);
    assert.equal(did.status(), 200);
    const document = (await did.json()) as { id: string; assertionMethod: string[] };
    assert.match(document.id, /^did:web:localhost%3A\d+:issuers:e2c-normandie$/);
    assert.equal(document.assertionMethod.length, 2);
    const issuerPage = await page.request.get(`/issuers/${slug}`);
    assert.match(await issuerPage.text(), new RegExp(BADGE));
    const jwt = await downloadJwt(staff, participantId);
    const signed = await verifyAt(staff, jwt);
    assert.equal(signed.result, 'verified', JSON.stringify(signed.checks));

    const tab = staff.getByRole('tabpanel', { name: 'Badges', exact: true });
    await tab.getByRole('button', { name: 'Retirer', exact: true }).click();
    await tab.getByLabel('Motif, écrit pour la personne').fill('Donné trop tôt, pardon.');
    await tab.getByRole('button', { name: 'Retirer le badge' }).click();
    await tab.getByText('Retiré', { exact: true }).waitFor();
    await checkpoint(staff, 6, 'revoked');
    // The same badge, checked again elsewhere: the served status list now says revoked.
    const revoked = await verifyAt(staff, jwt);
    assert.equal(revoked.result, 'not_verified');
    assert.deepEqual(
      revoked.checks.filter((c) => c.status === 'failed').map((c) => c.code),
      ['ob.status.revoked'],
    );

    await page.goto('/moi/badges');
    await page.getByText('Retiré : Donné trop tôt, pardon.').waitFor();
    await checkpoint(page, 7, 'revoked-phone');

    assert.deepEqual(pageErrors(), []);
    assert.deepEqual(staffErrors(), []);
  },
);
