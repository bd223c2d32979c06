import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  isoDateInParis,
  logIn,
  newPhoneContext,
  plusMonths,
  watchPageErrors,
  type Credentials,
  journey,
  checkpoints,
} from '../support/index.js';

// The demo référent (E2C Normandie) seeded on first start (README.md, "Demo logins").
const REFERENT: Credentials & { name: string } = {
  email: 'samia.benali@e2c.demo',
  password: 'Territoires2026!',
  name: 'Samia Benali',
};
const PSEUDONYM = 'Colibri des Prés';
const OBJECTIVES = [
  'Prendre les transports seul jusqu’au Dôme',
  'Découvrir deux métiers au fablab',
  'Préparer un entretien avec La Cravate Solidaire',
];

interface ParticipantFile {
  id: string;
  phase: string;
  contracts?: { number: number; status: string; objectives: { text: string }[] }[];
  exits?: { situation: string; category: string }[];
}

/** Each screen of the journey is checked with axe and photographed, in order. */
const checkpoint = checkpoints('pathway');

async function fetchFile(page: Page, id: string): Promise<ParticipantFile> {
  const response = await page.request.get(`/api/participants/${id}`);
  assert.equal(response.status(), 200);
  return (await response.json()) as ParticipantFile;
}

async function openSection(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await page.getByRole('tabpanel', { name, exact: true }).waitFor();
}

async function signContract(
  page: Page,
  signedOn: string,
  objectives: readonly string[],
): Promise<void> {
  const form = page.getByRole('form', { name: /signer le contrat/i });
  await form.getByLabel(/date de signature/i).fill(signedOn);
  await form.getByLabel(/fin prévue/i).fill(plusMonths(signedOn, 12));
  await form
    .getByRole('group', { name: /co-signataires/i })
    .getByLabel(REFERENT.name)
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

journey(
  'pathway: a référent follows a participant from discovery to a lasting job, then a re-entry',
  'discovery → contract with three objectives → CDI exit → new contract',
  async ({ server, browser }) => {
    const context = await newPhoneContext(browser, server.url);
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);
    const today = isoDateInParis(new Date());

    await page.goto('/connexion');
    await page.getByRole('heading', { name: /connexion/i }).waitFor();
    await checkpoint(page, 1, 'login');
    await logIn(page, REFERENT);
    await page.getByRole('heading', { name: /mes participants/i, level: 1 }).waitFor();
    await checkpoint(page, 2, 'participants');

    await page.getByRole('link', { name: /nouveau participant/i }).click();
    await page.getByRole('heading', { name: /nouveau participant/i, level: 1 }).waitFor();
    await page.getByLabel(/^pseudonyme/i).fill(PSEUDONYM);
    await page
      .getByLabel(/^comment nous avons rencontré/i)
      .selectOption({ label: 'Structure de quartier' });
    await page.getByLabel(/^territoire/i).selectOption({ label: 'Caen – Chemin Vert' });
    await checkpoint(page, 3, 'new-participant-form');
    await page.getByRole('button', { name: /créer le participant/i }).click();

    await page.getByRole('heading', { name: PSEUDONYM, level: 1 }).waitFor();
    const id = /\/participants\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    assert.ok(id, `participant id expected in ${page.url()}`);
    await page.getByText('Butinage', { exact: true }).first().waitFor();
    let file = await fetchFile(page, id);
    assert.equal(file.phase, 'discovery');
    await checkpoint(page, 4, 'participant-discovery');

    await openSection(page, 'Contrat');
    await page.getByText(/pas encore de contrat/i).waitFor();
    await checkpoint(page, 5, 'contract-form');
    await signContract(page, today, OBJECTIVES);
    await page.getByRole('heading', { name: /contrat n° 1 · en cours/i }).waitFor();
    for (const objective of OBJECTIVES)
      await page.getByRole('listitem').filter({ hasText: objective }).waitFor();
    await page.getByText('Accompagnement', { exact: true }).first().waitFor();
    await checkpoint(page, 6, 'contract-signed');
    file = await fetchFile(page, id);
    assert.equal(file.phase, 'accompaniment');
    assert.deepEqual(
      file.contracts?.[0]?.objectives.map((o) => o.text),
      OBJECTIVES,
    );

    await openSection(page, 'Sortie');
    const exitForm = page.getByRole('form', { name: /enregistrer une sortie/i });
    await exitForm.getByLabel(/date de sortie/i).fill(today);
    await exitForm.getByLabel(/^situation/i).selectOption({ label: 'CDI' });
    // The form previews the category computed from the situation before anything is sent.
    await exitForm.getByText('Emploi durable').waitFor();
    await checkpoint(page, 7, 'exit-form');
    await exitForm.getByRole('button', { name: /enregistrer la sortie/i }).click();
    await page.getByText(/la personne est sortie du parcours/i).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'CDI' })
      .filter({ hasText: 'Emploi durable' })
      .waitFor();
    await checkpoint(page, 8, 'exit-recorded');
    file = await fetchFile(page, id);
    assert.equal(file.phase, 'exit');
    assert.deepEqual(
      file.exits?.map((e) => [e.situation, e.category]),
      [['cdi', 'employment_lasting']],
    );

    await openSection(page, 'Contrat');
    await page.getByRole('button', { name: /nouvelle entrée/i }).click();
    await page.getByText(/la personne revient/i).waitFor();
    await checkpoint(page, 9, 'reentry-form');
    await signContract(page, today, OBJECTIVES.slice(0, 1));
    await page.getByRole('heading', { name: /contrat n° 2 · en cours/i }).waitFor();
    await page.getByRole('heading', { name: /contrat n° 1 · terminé/i }).waitFor();
    await checkpoint(page, 10, 'reentry-signed');
    file = await fetchFile(page, id);
    assert.equal(file.phase, 'accompaniment');
    assert.deepEqual(file.contracts?.map((c) => [c.number, c.status]).sort(), [
      [1, 'ended'],
      [2, 'active'],
    ]);
    assert.deepEqual(pageErrors(), []);
  },
);
