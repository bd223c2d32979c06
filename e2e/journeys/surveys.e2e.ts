import assert from 'node:assert/strict';
import {
  checkpoints,
  issueSignInCode,
  journey,
  logIn,
  newPhoneContext,
  participantSignIn,
  watchPageErrors,
  type Credentials,
} from '../support/index.js';

// Demo personas (apps/server/src/seed/personas.ts and seed/surveys.ts): the référent, coordination,
// and the participant who attended a session yesterday, whose satisfaction survey is open.
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: 'Territoires2026!' };
const COORDINATION: Credentials = {
  email: 'claire.martin@aajb.demo',
  password: 'Territoires2026!',
};
const PERSONA = 'Héron des Marais';
const CHANGE = 'Vous vouliez des séances le samedi : il y en a maintenant deux par mois.';

const checkpoint = checkpoints('surveys');

journey(
  'surveys: a participant gives their opinion after a session, coordination reads the aggregate and answers',
  'on a 360 px phone: "Donner mon avis", consent, one question per screen; the dashboard shows the masked aggregate; a published change appears on /moi',
  async ({ server, browser }) => {
    // 1. The référent hands the participant a sign-in code.
    const staff = await (await newPhoneContext(browser, server.url)).newPage();
    const staffErrors = watchPageErrors(staff);
    await logIn(staff, REFERENT);
    const found = (await (
      await staff.request.get(`/api/participants?q=${encodeURIComponent(PERSONA)}`)
    ).json()) as { items: { id: string; pseudonym: string }[] };
    const participant = found.items.find((p) => p.pseudonym === PERSONA);
    assert.ok(participant, `the demo has ${PERSONA}`);
    const issued = await issueSignInCode(staff, participant.id);

    // 2. On their phone: the home offers the survey, and already shows a change made.
    const phone = await participantSignIn(browser, server.url, issued, 'qr');
    const page = phone.page;
    const pageErrors = watchPageErrors(page);
    await page.getByRole('heading', { name: 'Donner mon avis', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Vous avez dit, nous avons fait' }).waitFor();
    await checkpoint(page, 1, 'home-notice');
    await page.getByRole('link', { name: 'Donner mon avis' }).click();
    await page.getByRole('heading', { name: 'Votre avis compte' }).waitFor();
    await checkpoint(page, 2, 'consent');
    await page.getByRole('button', { name: /D’accord, je réponds/ }).click();
    await page.getByRole('heading', { name: 'L’activité vous a plu ?' }).waitFor();
    await page.getByText('1 / 3').waitFor();
    await checkpoint(page, 3, 'question-1');
    await page.getByRole('button', { name: /Tout à fait/ }).click();
    await page.getByRole('heading', { name: 'Vous avez appris quelque chose ?' }).waitFor();
    await page.getByRole('button', { name: /Plutôt/ }).click();
    await page.getByRole('heading', { name: 'Vous avez envie de revenir ?' }).waitFor();
    await page.getByRole('button', { name: /Tout à fait/ }).click();
    await page.getByRole('heading', { name: 'Merci pour votre avis !' }).waitFor();
    await checkpoint(page, 4, 'thanks');

    // 3. Coordination reads the aggregate on the dashboard: means over 5 people or more.
    const coordination = await (await newPhoneContext(browser, server.url)).newPage();
    const coordinationErrors = watchPageErrors(coordination);
    await logIn(coordination, COORDINATION);
    await coordination.goto('/indicateurs');
    const byKind = coordination.getByRole('table', { name: 'Satisfaction par type d’activité' });
    await byKind.waitFor();
    const means = await byKind.locator('tbody td:nth-child(3)').allInnerTexts();
    assert.ok(
      means.some((m) => /^\d/.test(m.trim())),
      `a mean is shown: ${means.join(' | ')}`,
    );
    assert.ok(means.every((m) => /^\d/.test(m.trim()) || m.trim() === 'masqué'));
    await byKind.scrollIntoViewIfNeeded();
    await checkpoint(coordination, 5, 'dashboard');

    // 4. Coordination publishes what changed; the participant reads it on /moi.
    await coordination.goto('/questionnaires');
    await coordination.getByRole('heading', { name: 'Questionnaires', level: 1 }).waitFor();
    await coordination.getByLabel('Ce qui a changé (français)').fill(CHANGE);
    await coordination.getByRole('button', { name: 'Publier' }).click();
    await coordination.getByText('Publié.').waitFor();
    await checkpoint(coordination, 6, 'published');

    await page.goto('/moi');
    await page.getByText(CHANGE).waitFor();
    await checkpoint(page, 7, 'change-on-moi');

    assert.deepEqual(pageErrors(), []);
    assert.deepEqual(staffErrors(), []);
    assert.deepEqual(coordinationErrors(), []);
  },
);
