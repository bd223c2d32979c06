import type { Page } from 'playwright-core';
import { plusMonths } from './app.js';

/** On a staff page: a new participant under this pseudonym (Caen – Chemin Vert); its id. */
export async function createParticipant(page: Page, pseudonym: string): Promise<string> {
  await page.goto('/participants/nouveau');
  await page.getByLabel(/^pseudonyme/i).fill(pseudonym);
  await page
    .getByLabel(/^comment nous avons rencontré/i)
    .selectOption({ label: 'Structure de quartier' });
  await page.getByLabel(/^territoire/i).selectOption({ label: 'Caen – Chemin Vert' });
  await page.getByRole('button', { name: /créer le participant/i }).click();
  await page.getByRole('heading', { name: pseudonym, level: 1 }).waitFor();
  const id = /\/participants\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`participant id expected in ${page.url()}`);
  return id;
}

/** On the file's "Contrat" section: signs the contract with these key objectives. */
export async function signContract(
  page: Page,
  coSigner: string,
  signedOn: string,
  objectives: readonly string[],
): Promise<void> {
  const form = page.getByRole('form', { name: /signer le contrat/i });
  await form.getByLabel(/date de signature/i).fill(signedOn);
  await form.getByLabel(/fin prévue/i).fill(plusMonths(signedOn, 12));
  await form
    .getByRole('group', { name: /co-signataires/i })
    .getByLabel(coSigner)
    .check();
  await form.getByLabel(/signé par le participant/i).check();
  for (const [index, text] of objectives.entries()) {
    const field = form.getByLabel(new RegExp(`^objectif ${String(index + 1)}$`, 'i'));
    if ((await field.count()) === 0)
      await form.getByRole('button', { name: /ajouter un objectif/i }).click();
    await field.fill(text);
  }
  await form.getByRole('button', { name: /^signer le contrat$/i }).click();
  await form.waitFor({ state: 'detached' });
}

/** On the file's "Badges" tab: offers one of the organisation's badges, as "<name> (<issuer>)". */
export async function offerBadge(page: Page, participantId: string, label: string): Promise<void> {
  await page.goto(`/participants/${participantId}?section=badges`);
  const tab = page.getByRole('tabpanel', { name: 'Badges', exact: true });
  await tab.getByLabel('Badge', { exact: true }).selectOption({ label });
  await tab.getByRole('button', { name: 'Proposer', exact: true }).click();
  await tab.getByText('Proposé', { exact: true }).waitFor();
}
