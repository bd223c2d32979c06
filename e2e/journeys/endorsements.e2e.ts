import { verify } from '@territoires/open-badges';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  checkpoints,
  createParticipant,
  issueSignInCode,
  journey,
  logIn,
  newPhoneContext,
  offerBadge as offerOnFile,
  participantSignIn,
  watchPageErrors,
  type Credentials,
} from '../support/index.js';

// Issue 18: the participant asks a company contact to endorse their badge; the contact endorses
// without an account; the participant shows it; the share page shows it, verified.
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: 'Territoires2026!' };
const PSEUDONYM = 'Castor du Bocage';
const BADGE = 'Ponctualité';
const WORDS = 'Une semaine d’immersion sans un retard, et toujours volontaire.';

const checkpoint = checkpoints('endorsements');

async function offerPonctualite(staff: Page): Promise<string> {
  await logIn(staff, REFERENT);
  const id = await createParticipant(staff, PSEUDONYM);
  await offerOnFile(staff, id, `${BADGE} (E2C Normandie)`);
  return id;
}

/** The company contact, on their own phone, with no account: the badge, then their words. */
async function endorseAsContact(contact: Page, link: string): Promise<void> {
  await contact.goto(link);
  await contact.getByRole('heading', { name: BADGE }).waitFor();
  await contact.getByText(`Badge de : ${PSEUDONYM}`).waitFor();
  await contact.getByLabel('Votre nom').fill('Karim Haddad');
  await contact
    .getByLabel('Votre entreprise ou structure (facultatif)')
    .fill('Garage du Chemin Vert');
  await contact.getByLabel('Votre fonction (facultatif)').fill('Chef d’atelier');
  await contact.getByLabel('Votre recommandation').fill(WORDS);
  await checkpoint(contact, 2, 'contact-form');
  await contact.getByRole('button', { name: 'Signer ma recommandation' }).click();
  await contact.getByText('Merci ! Votre recommandation est signée.').waitFor();
  await checkpoint(contact, 3, 'contact-done');
  // The link works once.
  await contact.reload();
  await contact.getByText(/Ce lien a déjà servi/).waitFor();
}

journey(
  'endorsements: a company contact endorses a participant’s badge without an account',
  'ask from the phone → endorse without an account → accept → the share page shows it, verified',
  async ({ server, browser }) => {
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const participantId = await offerPonctualite(staff);
    const issued = await issueSignInCode(staff, participantId);
    const { page } = await participantSignIn(browser, server.url, issued, 'qr');
    const pageErrors = watchPageErrors(page);
    await page.goto('/moi/badges');
    await page.getByRole('link', { name: 'Voir' }).click();
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByLabel(`Mon pseudo : ${PSEUDONYM}`).check();
    await page.getByRole('button', { name: 'Accepter le badge' }).click();
    await page.getByText('Badge accepté.').waitFor();
    const badgePage = page.url();

    // The participant asks: a link, to copy or send from the phone.
    await page.getByRole('link', { name: 'Recommandations' }).click();
    await page.getByRole('button', { name: 'Demander une recommandation' }).click();
    const link = await page.getByLabel('Lien à envoyer').inputValue();
    assert.match(link, /\/moi\/recommander#[A-Za-z0-9_-]{22}$/);
    await checkpoint(page, 1, 'ask');

    const contact = await (await newPhoneContext(browser, server.url)).newPage();
    const contactErrors = watchPageErrors(contact);
    await endorseAsContact(contact, link);

    // The participant hears of it on their home, and decides to show it.
    await page.goto('/moi');
    await page.getByText('Une recommandation pour vous').waitFor();
    await page.getByRole('link', { name: 'De Karim Haddad' }).click();
    await page.getByText('Karim Haddad, Chef d’atelier, Garage du Chemin Vert').waitFor();
    await page.getByRole('button', { name: 'Montrer', exact: true }).click();
    await page.getByText('Montrée avec le badge').waitFor();
    await checkpoint(page, 4, 'accepted');

    // Shared: an employer reads it on the share page, verified with the badge.
    await page.goto(badgePage);
    await page.getByRole('button', { name: 'Partager ce badge' }).click();
    const shareLink = await page.getByLabel(/Lien à donner/).inputValue();
    const employer = await (await newPhoneContext(browser, server.url)).newPage();
    await employer.goto(shareLink);
    await employer.getByRole('heading', { name: BADGE, level: 1 }).waitFor();
    await employer.getByText(WORDS).waitFor();
    assert.match((await employer.getByRole('status').textContent()) ?? '', /authentique/);
    await checkpoint(employer, 5, 'share-page');
    const shared = (await (await employer.request.get(`${shareLink}/badge.json`)).json()) as {
      endorsement?: { issuer: { id: string } }[];
    };
    assert.match(shared.endorsement?.[0]?.issuer.id ?? '', /^did:web:localhost%3A\d+:endorsers:/);
    // As a verifier elsewhere would: the endorser's did:web document comes from the server.
    const result = await verify(shared, {
      fetchJson: async (url: string) =>
        (await employer.request.get(url)).json() as Promise<unknown>,
    });
    assert.equal(result.result, 'verified', JSON.stringify(result.checks));
    assert.equal(result.checks.find((c) => c.id === 'endorsements')?.status, 'passed');

    assert.deepEqual(pageErrors(), []);
    assert.deepEqual(contactErrors(), []);
  },
);
