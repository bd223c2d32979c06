import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import {
  issueSignInCode,
  launchBrowserWithCamera,
  logIn,
  newPhoneContext,
  participantSignIn,
  repoRoot,
  watchPageErrors,
  writeQrY4m,
  type Credentials,
  journey,
  checkpoints,
} from '../support/index.js';

// Demo personas seeded on first start (apps/server/src/seed/personas.ts).
const PARTNER: Credentials = {
  email: 'lea.moreau@cafedesimages.demo',
  password: 'Territoires2026!',
};
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: 'Territoires2026!' };
const PSEUDONYM = 'Hirondelle des Quais';
// Unique per run, so the search and the export find this workshop and nothing else.
const TITLE = `Fablab hebdo ${String(Date.now()).slice(-5)}`;
const REFLECTION = {
  'Ce que j’ai fait': 'J’ai découpé un porte-clés au laser.',
  'Ce que j’ai appris': 'Préparer un fichier et régler la machine.',
  'Ce que j’ai ressenti': 'J’étais fier du résultat.',
  'Ce que je veux ensuite': 'Revenir la semaine prochaine.',
};

// The server bundles data·inclusion v1 as published (../shared/standards may be absent on CI).
const SCHEMA_DIR = path.join(repoRoot, 'apps', 'server', 'src', 'activities', 'data-inclusion');

interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}
interface Ajv {
  compile(schema: object): Validator;
}

/**
 * Ajv 8 (JSON Schema 2020-12, as the schemas are published) resolved from the server's package: the
 * repository root also holds Ajv 6 (for ESLint), which cannot read them.
 */
async function schemaValidators(): Promise<{ structure: Validator; service: Validator }> {
  const require = createRequire(path.join(repoRoot, 'apps', 'server', 'package.json'));
  const { Ajv2020 } = require('ajv/dist/2020') as { Ajv2020: new (options: object) => Ajv };
  const addFormats = require('ajv-formats') as { default: (ajv: Ajv) => void };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const load = async (name: string): Promise<object> =>
    JSON.parse(await readFile(path.join(SCHEMA_DIR, name), 'utf8')) as object;
  return {
    structure: ajv.compile(await load('structure.json')),
    service: ajv.compile(await load('service.json')),
  };
}

const checkpoint = checkpoints('activities');

const parisParts = (date: Date) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
};

/**
 * The first session must still take registrations (it starts after now) and be close, so the
 * partner finds it in this week's list and may already mark it: today, about twenty minutes from
 * now (marking opens 30 minutes before the start), when the day allows; otherwise tomorrow morning.
 * The series starts today (the form's default).
 */
function firstSlot(now: Date): { weekday: number; startTime: string; today: boolean } {
  const { weekday, minutes } = parisParts(now);
  // Late in the evening, a closer start keeps it today.
  const comfortable = Math.ceil((minutes + 20) / 5) * 5;
  const start = comfortable <= 23 * 60 + 30 ? comfortable : Math.ceil((minutes + 10) / 5) * 5;
  if (start <= 23 * 60 + 55) {
    const hh = String(Math.floor(start / 60)).padStart(2, '0');
    const mm = String(start % 60).padStart(2, '0');
    return { weekday, startTime: `${hh}:${mm}`, today: true };
  }
  return { weekday: (weekday % 7) + 1, startTime: '10:00', today: false };
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel', { name, exact: true }).waitFor();
}

journey(
  'activities: a fablab workshop from its creation to the participant’s reflexivity time',
  'weekly fablab → registration → card scanned on a phone → participant agenda and reflexivity → data·inclusion export',
  async ({ server, browser, onClose }) => {
    const slot = firstSlot(new Date());

    // 1. The partner creates a weekly fablab workshop.
    const partnerContext = await newPhoneContext(browser, server.url);
    const partner = await partnerContext.newPage();
    const partnerErrors = watchPageErrors(partner);
    await logIn(partner, PARTNER);
    await partner
      .getByRole('navigation', { name: /principal|main/i })
      .getByRole('link', { name: 'Activités', exact: true })
      .click();
    await partner.getByRole('heading', { name: 'Catalogue des activités', level: 1 }).waitFor();
    await checkpoint(partner, 1, 'catalogue');
    await partner.getByRole('link', { name: 'Nouvelle activité' }).click();
    await partner.getByRole('heading', { name: 'Nouvelle activité', level: 1 }).waitFor();
    await partner.getByLabel(/^titre/i).fill(TITLE);
    await partner.getByLabel(/^type d'activité/i).selectOption({ label: 'Fablab' });
    await checkpoint(partner, 2, 'activity-form');
    await partner.getByRole('button', { name: "Enregistrer l'activité" }).click();
    await partner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const activityId = /\/activites\/([0-9a-f-]{36})/.exec(partner.url())?.[1];
    assert.ok(activityId, `activity id expected in ${partner.url()}`);
    await checkpoint(partner, 3, 'activity');
    await partner.getByRole('link', { name: 'Planifier une série' }).click();
    await partner.getByLabel('Jour de la semaine').selectOption(String(slot.weekday));
    await partner.getByLabel('Heure de début').fill(slot.startTime);
    await checkpoint(partner, 4, 'series-form');
    await partner.getByRole('button', { name: 'Créer la série' }).click();
    const created = await partner.getByText(/^\d+ séances? créées?\.$/).textContent();
    const count = Number(/\d+/.exec(created ?? '')?.[0]);
    // Weeks that fall on a public holiday (Christmas, 1 May…) get no session and are listed instead.
    const skipped = await partner
      .getByRole('region', { name: 'Jours fériés sautés' })
      .getByRole('listitem')
      .count();
    assert.ok(
      count >= 1 && count + skipped >= 8,
      `a weekly series over eight weeks, got "${created ?? ''}" and ${skipped} holidays skipped`,
    );
    await checkpoint(partner, 5, 'series-created');

    // 2. The référent registers a participant and makes their card.
    const referentContext = await newPhoneContext(browser, server.url);
    const referent = await referentContext.newPage();
    const referentErrors = watchPageErrors(referent);
    await logIn(referent, REFERENT);
    await referent.goto('/participants/nouveau');
    await referent.getByLabel(/^pseudonyme/i).fill(PSEUDONYM);
    await referent
      .getByLabel(/^comment nous avons rencontré/i)
      .selectOption({ label: 'Structure de quartier' });
    await referent.getByLabel(/^territoire/i).selectOption({ label: 'Caen – Chemin Vert' });
    await referent.getByRole('button', { name: /créer le participant/i }).click();
    await referent.getByRole('heading', { name: PSEUDONYM, level: 1 }).waitFor();
    const participantId = /\/participants\/([0-9a-f-]{36})/.exec(referent.url())?.[1];
    assert.ok(participantId, `participant id expected in ${referent.url()}`);

    await openSection(referent, 'Agenda');
    await referent.getByRole('button', { name: 'Inscrire à une séance' }).click();
    await referent.getByLabel('Chercher une activité').fill(TITLE);
    const registerButtons = referent.getByRole('button', { name: `Inscrire à ${TITLE}, ` });
    await registerButtons.first().waitFor();
    await checkpoint(referent, 6, 'register-pick');
    await registerButtons.first().click();
    await referent.getByText(`Inscription faite : ${TITLE}.`).waitFor();
    const agenda = referent.getByRole('tabpanel', { name: 'Agenda', exact: true });
    await agenda.getByRole('button', { name: `Désinscrire de ${TITLE}` }).waitFor();
    await checkpoint(referent, 7, 'registered');

    await openSection(referent, 'Carte');
    await referent.getByRole('button', { name: 'Faire une carte' }).click();
    const cardCode = (
      (await referent.locator('.participant-card-code').textContent()) ?? ''
    ).trim();
    assert.match(cardCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await checkpoint(referent, 8, 'card');

    // 3. The partner opens the session on a phone and scans the card with the camera.
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'territoires-camera-'));
    onClose(() => rm(tmp, { recursive: true, force: true }));
    const y4m = path.join(tmp, 'card.y4m');
    writeQrY4m(cardCode, y4m);
    const cameraBrowser = await launchBrowserWithCamera(y4m);
    onClose(() => cameraBrowser.close());
    const scanContext: BrowserContext = await newPhoneContext(cameraBrowser, server.url);
    const scanner = await scanContext.newPage();
    const scannerErrors = watchPageErrors(scanner);
    await logIn(scanner, PARTNER);
    await scanner.getByRole('link', { name: 'Semaine', exact: true }).click();
    await scanner.getByRole('heading', { name: /^Semaine du /, level: 1 }).waitFor();
    // The heading carries the week's date once its sessions are loaded, so counting is safe here.
    const sessionLink = scanner.getByRole('link', { name: TITLE, exact: true }).first();
    if ((await sessionLink.count()) === 0) {
      // Planned late on a Sunday, the first session is tomorrow morning: next week.
      assert.equal(slot.today, false, 'today’s session expected in this week');
      await scanner.getByRole('button', { name: 'Semaine suivante' }).click();
    }
    await sessionLink.waitFor();
    await checkpoint(scanner, 9, 'week');
    await sessionLink.click();
    await scanner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    assert.match(new URL(scanner.url()).pathname, /^\/seances\/[0-9a-f-]{36}$/);
    await scanner.getByText(PSEUDONYM).first().waitFor();
    await checkpoint(scanner, 10, 'session');
    await scanner.getByRole('button', { name: 'Scanner une carte' }).click();
    await scanner.getByRole('button', { name: 'Ouvrir la caméra' }).click();
    const outcome = scanner
      .getByRole('status')
      .filter({ hasText: `Noté : Présence pour ${PSEUDONYM}` });
    await outcome.waitFor({ timeout: 20_000 });
    await checkpoint(scanner, 11, 'scanned');
    await scanner.getByRole('button', { name: 'Arrêter la caméra' }).click();
    // Scanning the same card again (typed this time) is told as already done, not recorded twice.
    await scanner
      .getByRole('textbox', { name: 'Code de la carte de présence' })
      .fill(cardCode.toLowerCase());
    await scanner.getByRole('button', { name: 'Valider le code' }).click();
    await scanner
      .getByRole('status')
      .filter({ hasText: `Déjà pointé : ${PSEUDONYM}` })
      .waitFor();
    await checkpoint(scanner, 12, 'scanned-again');
    const sessionId = new URL(scanner.url()).pathname.split('/').pop() ?? '';
    const roster = (await (
      await scanner.request.get(`/api/sessions/${sessionId}/roster`)
    ).json()) as { entries: { registrationId: string | null; name: string; present: boolean }[] };
    const lines = roster.entries.filter((e) => e.name === PSEUDONYM);
    assert.deepEqual(
      lines.map((e) => ({ present: e.present, registered: e.registrationId !== null })),
      [{ present: true, registered: true }],
      'one roster line for the participant: registered (not a walk-in) and present',
    );

    // 4. The participant signs in with a code and finds the session in their agenda.
    const issued = await issueSignInCode(referent, participantId);
    const phone = await participantSignIn(browser, server.url, issued, 'typed');
    const me = phone.page;
    const meErrors = watchPageErrors(me);
    await me.getByRole('link', { name: /Mon agenda/ }).click();
    await me.getByRole('heading', { name: 'Mon agenda', level: 1 }).waitFor();
    await me.getByText(TITLE).first().waitFor();
    await checkpoint(me, 13, 'my-agenda');

    // 5. The référent opens a reflexivity time; the participant writes their part.
    // First the experience, from the attendance the partner just recorded.
    await referent.goto(`/participants/${participantId}?section=experiences`);
    await referent.getByRole('button', { name: 'Noter une expérience' }).click();
    const experienceForm = referent.getByRole('form', { name: 'Noter une expérience' });
    const source = experienceForm.getByLabel('D’où vient cette expérience ?');
    const option = source.locator('option').filter({ hasText: TITLE });
    await option.waitFor({ state: 'attached' });
    await source.selectOption((await option.getAttribute('value')) ?? '');
    await experienceForm
      .getByRole('textbox', { name: /^Ses mots à elle ou lui/ })
      .fill('Elle a découpé son premier objet au laser.');
    await checkpoint(referent, 14, 'experience-form');
    await experienceForm.getByRole('button', { name: 'Enregistrer l’expérience' }).click();
    await experienceForm.waitFor({ state: 'detached' });

    await referent.getByRole('button', { name: 'Tenir un temps de réflexion' }).click();
    const reflectionForm = referent.getByRole('form', { name: 'Nouveau temps de réflexion' });
    await reflectionForm.getByRole('checkbox', { name: TITLE }).check();
    await checkpoint(referent, 15, 'reflection-form');
    await reflectionForm.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await reflectionForm.waitFor({ state: 'detached' });

    await me.goto('/moi/reflexions');
    const open = me.getByRole('link', { name: /Écrire ma part/ }).first();
    await open.waitFor();
    await checkpoint(me, 16, 'my-reflections');
    await open.click();
    await me.waitForURL(/\/moi\/reflexions\/[0-9a-f-]{36}$/);
    for (const [label, text] of Object.entries(REFLECTION))
      await me.getByRole('textbox', { name: label, exact: true }).fill(text);
    await checkpoint(me, 17, 'my-part');
    await me.getByRole('button', { name: 'Enregistrer ma part' }).click();
    await me.getByText('Votre part est enregistrée. Merci !').waitFor();
    await checkpoint(me, 18, 'my-part-saved');
    const reflections = (await (
      await referent.request.get(`/api/participants/${participantId}/reflections`)
    ).json()) as { did: string | null; next: string | null; experienceIds: string[] }[];
    assert.deepEqual(
      reflections.map((r) => ({ did: r.did, next: r.next, about: r.experienceIds.length })),
      [
        {
          did: REFLECTION['Ce que j’ai fait'],
          next: REFLECTION['Ce que je veux ensuite'],
          about: 1,
        },
      ],
      'one reflexivity time, about the fablab experience, with the participant’s words',
    );

    // 6. The catalogue export is data·inclusion v1 and lists the new workshop.
    const { structure: validateStructure, service: validateService } = await schemaValidators();
    const exported = await partner.request.get('/api/catalogue/export');
    assert.equal(exported.status(), 200);
    const file = (await exported.json()) as {
      structures: Record<string, unknown>[];
      services: Record<string, unknown>[];
    };
    for (const structure of file.structures)
      assert.ok(validateStructure(structure), JSON.stringify(validateStructure.errors));
    for (const service of file.services)
      assert.ok(validateService(service), JSON.stringify(validateService.errors));
    const service = file.services.find((s) => s.nom === TITLE);
    assert.ok(service, `${TITLE} expected among ${String(file.services.length)} services`);
    assert.ok(
      file.structures.some((s) => s.id === service.structure_id),
      'its structure is exported too',
    );

    assert.deepEqual(partnerErrors(), []);
    assert.deepEqual(referentErrors(), []);
    assert.deepEqual(scannerErrors(), []);
    assert.deepEqual(meErrors(), []);
  },
);
