import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  isoDateInParis,
  issueSignInCode,
  logIn,
  newPhoneContext,
  participantSignIn,
  watchPageErrors,
  type Credentials,
  journey,
  checkpoints,
  parisTimeIn,
} from '../support/index.js';

// Demo personas seeded on first start (apps/server/src/seed/personas.ts).
const PASSWORD = 'Territoires2026!';
const PARTNER: Credentials = { email: 'lea.moreau@cafedesimages.demo', password: PASSWORD };
const REFERENT: Credentials = { email: 'samia.benali@e2c.demo', password: PASSWORD };
const EVALUATOR: Credentials = { email: 'ines.dubois@ansa.demo', password: PASSWORD };

interface Person {
  id: string;
  pseudonym: string;
}

const checkpoint = checkpoints('everyday');

/** A write through the API as the signed-in staff member (their cookie and CSRF token). */
async function apiWrite(page: Page, url: string, data: object): Promise<Record<string, unknown>> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const response = await page.request.post(url, {
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  assert.ok(response.ok(), `${url}: ${String(response.status())} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A session of the partner's organisation starting in about twenty minutes (marking opens 30
 * minutes before the start), on one of its catalogue activities; its title.
 */
async function sessionSoon(
  partner: Page,
): Promise<{ id: string; title: string; activityId: string }> {
  const me = (await (await partner.request.get('/api/auth/me')).json()) as {
    user: { memberships: { organisationId: string }[] };
  };
  const organisationId = me.user.memberships[0]?.organisationId ?? '';
  const catalogue = (await (
    await partner.request.get(`/api/catalogue?organisationId=${organisationId}`)
  ).json()) as { items: { id: string; title: string }[] };
  const activity = catalogue.items[0];
  assert.ok(activity, 'the partner has catalogue activities');
  const startTime = parisTimeIn(20) ?? '23:58';
  const endTime = parisTimeIn(140) ?? '23:59';
  const created = (await apiWrite(partner, `/api/activities/${activity.id}/sessions`, {
    date: isoDateInParis(new Date()),
    startTime,
    endTime,
    capacity: 10,
  })) as { sessions: { id: string }[] };
  const session = created.sessions[0];
  assert.ok(session);
  return { id: session.id, title: activity.title, activityId: activity.id };
}

/** Two of the référent's participants in accompaniment, registered to the session. */
async function registerTwo(referent: Page, sessionId: string): Promise<[Person, Person]> {
  const me = (await (await referent.request.get('/api/auth/me')).json()) as {
    user: { id: string };
  };
  const list = (await (
    await referent.request.get(
      `/api/participants?referentId=${me.user.id}&phase=accompaniment&pageSize=2`,
    )
  ).json()) as { items: Person[] };
  const [first, second] = list.items;
  assert.ok(first && second, 'the référent follows two participants in accompaniment');
  for (const person of [first, second])
    await apiWrite(referent, `/api/sessions/${sessionId}/registrations`, {
      participantId: person.id,
    });
  return [first, second];
}

journey(
  'everyday: attendance that can be trusted, each role at home',
  'animateur marks absent and late and corrects → référent reads the rate → participant scrolls the week on a phone → evaluator at home',
  async ({ server, browser }) => {
    // 1. The animateur of a demo partner lands on their week.
    const partnerContext = await newPhoneContext(browser, server.url);
    const partner = await partnerContext.newPage();
    const partnerErrors = watchPageErrors(partner);
    await logIn(partner, PARTNER);
    await partner.waitForURL((url) => url.pathname === '/semaine');
    await partner.getByRole('heading', { name: /^Semaine du /, level: 1 }).waitFor();
    const session = await sessionSoon(partner);

    // 2. The référent lands on their participants and registers two of them.
    const referentContext = await newPhoneContext(browser, server.url);
    const referent = await referentContext.newPage();
    const referentErrors = watchPageErrors(referent);
    await logIn(referent, REFERENT);
    await referent.waitForURL((url) => url.pathname === '/participants');
    assert.match(new URL(referent.url()).search, /referentId=/);
    await referent.getByRole('heading', { name: 'Mes participants', level: 1 }).waitFor();
    await checkpoint(referent, 1, 'referent-home');
    const [absent, late] = await registerTwo(referent, session.id);

    // 3. The animateur opens the session from their week and marks one absent, one late.
    await partner.reload();
    await partner.getByRole('heading', { name: /^Semaine du /, level: 1 }).waitFor();
    await checkpoint(partner, 2, 'partner-week');
    await partner.goto(`/seances/${session.id}`);
    await partner.getByRole('heading', { name: session.title, level: 1 }).waitFor();
    await partner.getByRole('button', { name: `Absence : ${absent.pseudonym}` }).click();
    await partner
      .getByRole('status')
      .filter({ hasText: `Noté : Absence pour ${absent.pseudonym}` })
      .waitFor();
    await partner.getByRole('button', { name: `Retard : ${late.pseudonym}` }).click();
    await partner
      .getByRole('status')
      .filter({ hasText: `Noté : Retard pour ${late.pseudonym}` })
      .waitFor();
    await checkpoint(partner, 3, 'marked');

    // 4. …then corrects the late mark: the person was there on time.
    await partner
      .getByRole('button', { name: `Corriger le pointage de ${late.pseudonym}` })
      .click();
    await partner.getByRole('button', { name: `Présence : ${late.pseudonym}` }).click();
    await partner
      .getByRole('button', { name: `Corriger le pointage de ${late.pseudonym}` })
      .waitFor();
    await checkpoint(partner, 4, 'corrected');
    const roster = (await (
      await partner.request.get(`/api/sessions/${session.id}/roster`)
    ).json()) as { entries: { name: string; status: string | null }[] };
    const statusOf = (name: string) => roster.entries.find((e) => e.name === name)?.status;
    assert.equal(statusOf(absent.pseudonym), 'absent');
    assert.equal(statusOf(late.pseudonym), 'present');

    // 5. The référent reads the attendance rate on the file.
    await referent.goto(`/participants/${absent.id}?section=presences`);
    const panel = referent.getByRole('tabpanel', { name: 'Présences', exact: true });
    await panel.getByText(/^Taux de présence : \d+\s?%$/).waitFor();
    await checkpoint(referent, 5, 'rate');

    // 6. The participant, on a 360 px phone, scrolls the whole week, Saturday included.
    const issued = await issueSignInCode(referent, late.id);
    const phone = await participantSignIn(browser, server.url, issued, 'typed');
    const me = phone.page;
    const meErrors = watchPageErrors(me);
    await me.getByRole('heading', { name: /^Votre référent : Samia/ }).waitFor();
    await checkpoint(me, 6, 'participant-home');
    await me.getByRole('link', { name: /Essayer une activité/ }).click();
    await me.getByRole('heading', { level: 1, name: /cette semaine/ }).waitFor();
    const saturday = me.getByRole('link', { name: /^samedi/ }).first();
    await saturday.scrollIntoViewIfNeeded();
    assert.ok(await saturday.isVisible(), 'a Saturday session is on the week');
    const overflow = await me.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `no sideways scroll on 360 px (${String(overflow)} px)`);
    await checkpoint(me, 7, 'participant-week');

    // 7. The evaluator lands on what they may see, the indicators, not on a refusal.
    const evaluatorContext = await newPhoneContext(browser, server.url);
    const evaluator = await evaluatorContext.newPage();
    const evaluatorErrors = watchPageErrors(evaluator);
    await logIn(evaluator, EVALUATOR);
    await evaluator.waitForURL((url) => url.pathname === '/indicateurs');
    await evaluator.getByRole('heading', { name: 'Indicateurs', level: 1 }).waitFor();
    assert.equal(await evaluator.getByRole('alert').count(), 0, 'no refusal on the home');
    await checkpoint(evaluator, 8, 'evaluator-home');

    // 8. The animateur plans a weekly series over Easter 2027: Easter Monday gets no session.
    await partner.goto(`/activites/${session.activityId}/serie`);
    const skipHolidays = partner.getByRole('checkbox', {
      name: 'Pas de séance les jours fériés',
    });
    assert.ok(await skipHolidays.isChecked(), 'public holidays are skipped by default');
    await partner.getByLabel('Jour de la semaine').selectOption({ label: 'Lundi' });
    await partner.getByLabel('Premier jour').fill('2027-03-22');
    await partner.getByLabel('Dernier jour').fill('2027-04-05');
    await partner.getByRole('button', { name: 'Créer la série' }).click();
    await partner.getByText('2 séances créées.').waitFor();
    await partner.getByText('Lundi de Pâques 29 mars 2027 : pas de séance').waitFor();
    await checkpoint(partner, 9, 'series-holidays');

    assert.deepEqual(partnerErrors(), []);
    assert.deepEqual(referentErrors(), []);
    assert.deepEqual(meErrors(), []);
    assert.deepEqual(evaluatorErrors(), []);
  },
);
