import type { Activity, CatalogueItem, SessionWriteResult } from '@territoires/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { ORG_ID, REFERENT } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { CreateActivityPage } from './ActivityFormPage.js';
import { ActivityPage } from './ActivityPage.js';
import { CataloguePage } from './CataloguePage.js';
import { MyActivitiesPage } from './MyActivitiesPage.js';
import { SeriesFormPage } from './SeriesFormPage.js';
import { SessionFormPage } from './SessionFormPage.js';

const ACTIVITY_ID = '00000000-0000-4000-8000-000000000500';
const SESSION_ID = '00000000-0000-4000-8000-000000000600';

const activity = (overrides: Partial<Activity> = {}): Activity => ({
  id: ACTIVITY_ID,
  organisationId: ORG_ID,
  organisationName: 'Le Dôme',
  title: 'Fablab du mardi',
  kind: 'fablab',
  description: '',
  thematiques: [],
  publics: [],
  modesAccueil: ['en-presentiel'],
  volumeHoraireHebdomadaire: null,
  nombreSemaines: null,
  address: '3 esplanade Stéphane Hessel',
  postalCode: '14000',
  commune: 'Caen',
  codeInsee: '14118',
  territory: null,
  contactEmail: null,
  contactPhone: null,
  equipment: null,
  openToOtherPublics: true,
  source: null,
  sourceId: null,
  archivedAt: null,
  version: 1,
  updatedAt: '2025-03-01T10:00:00.000Z',
  canManage: true,
  ...overrides,
});

const item: CatalogueItem = {
  id: ACTIVITY_ID,
  title: 'Fablab du mardi',
  kind: 'fablab',
  description: '',
  organisationName: 'Le Dôme',
  thematiques: [],
  address: '3 esplanade Stéphane Hessel',
  commune: 'Caen',
  territory: null,
  openToOtherPublics: true,
  nextSessions: [
    {
      id: SESSION_ID,
      startsAt: '2025-03-04T13:00:00.000Z',
      endsAt: '2025-03-04T15:00:00.000Z',
      place: null,
      seatsLeft: 3,
    },
  ],
};

const me = {
  user: {
    id: REFERENT.id,
    email: REFERENT.email,
    displayName: 'Paul Partenaire',
    memberships: [{ organisationId: ORG_ID, organisationName: 'Le Dôme', role: 'partner_staff' }],
    can: {
      followParticipants: false,
      manageActivitiesAt: [ORG_ID],
      organisationFeedsAt: [ORG_ID],
      handleTransfers: false,
      createParticipants: false,
      takeAttendanceAt: [ORG_ID],
      overseeProgramme: false,
      readIndicators: false,
      readWeek: true,
      runAccounts: false,
      administerAccountsAt: [],
      grantableRoles: [],
      manageOrganisations: false,
    },
  },
  csrfToken: 'csrf-test',
};

describe('staff catalogue', () => {
  it(
    'shows cards with kind, next sessions (Paris time) and seats; filters go to the query',
    { timeout: 20_000 },
    async () => {
      const net = fakeFetch({
        'GET /api/catalogue': { body: { items: [item], nextOffset: null } },
      });
      const { user } = renderScreen(<CataloguePage />, { fetch: net.fetch, path: '/activites' });
      const card = (
        await screen.findByRole('link', { name: 'Fablab du mardi' }, { timeout: 10_000 })
      ).closest('li');
      if (!card) throw new Error('no card');
      expect(within(card).getByText('Fablab')).toBeTruthy();
      expect(
        within(card).getByRole('link', { name: 'mardi 4 mars, 14:00–16:00' }).getAttribute('href'),
      ).toBe(`/seances/${SESSION_ID}`);
      expect(within(card).getByText(/3 places libres/)).toBeTruthy();
      await user.selectOptions(screen.getByLabelText("Type d'activité"), 'Jardin');
      await user.selectOptions(screen.getByLabelText('Quand'), 'Cette semaine');
      await user.click(screen.getByRole('button', { name: 'Rechercher' }));
      await screen.findByRole('link', { name: 'Fablab du mardi' });
      expect(net.requests.at(-1)?.url).toContain('kind=garden');
      expect(net.requests.at(-1)?.url).toContain('period=this_week');
    },
  );
});

describe('staff catalogue pages', () => {
  it('offers the next page when there is one, and goes back', { timeout: 20_000 }, async () => {
    const net = fakeFetch({
      'GET /api/catalogue': (request) => ({
        body: request.url.includes('offset=20')
          ? { items: [{ ...item, id: SESSION_ID, title: 'Jardin du samedi' }], nextOffset: null }
          : { items: [item], nextOffset: 20 },
      }),
    });
    const { user } = renderScreen(<CataloguePage />, { fetch: net.fetch, path: '/activites' });
    await user.click(
      await screen.findByRole('button', { name: 'Activités suivantes' }, { timeout: 10_000 }),
    );
    expect(await screen.findByRole('link', { name: 'Jardin du samedi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Activités suivantes' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Activités précédentes' }));
    expect(await screen.findByRole('link', { name: 'Fablab du mardi' })).toBeTruthy();
  });
});

describe('creating an activity and its weekly series', () => {
  it('creates a fablab activity of my organisation', { timeout: 20_000 }, async () => {
    const net = fakeFetch({
      'GET /api/auth/me': { body: me },
      'POST /api/activities': { status: 201, body: activity() },
    });
    const { user, router } = renderScreen(<CreateActivityPage />, {
      fetch: net.fetch,
      path: '/activites/nouvelle',
      others: { '/activites/:id': <p>fiche</p> },
    });
    await screen.findByRole('option', { name: 'Le Dôme' }, { timeout: 10_000 });
    await user.type(screen.getByLabelText('Titre'), 'Fablab du mardi');
    await user.selectOptions(screen.getByLabelText("Type d'activité"), 'Fablab');
    await user.click(screen.getByLabelText('Lien social'));
    await user.click(screen.getByRole('button', { name: "Enregistrer l'activité" }));
    expect(await screen.findByText('fiche', {}, { timeout: 10_000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/activites/${ACTIVITY_ID}`);
    expect(net.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      organisationId: ORG_ID,
      title: 'Fablab du mardi',
      kind: 'fablab',
      thematiques: ['remobilisation--lien-social'],
      openToOtherPublics: true,
      territory: null,
    });
  });

  it(
    'plans a weekly series with defaults and shows the facilitator overlap warning',
    { timeout: 20_000 },
    async () => {
      const result: SessionWriteResult = {
        seriesId: '00000000-0000-4000-8000-000000000700',
        sessions: [],
        warnings: [
          {
            code: 'session.facilitator_overlap',
            sessionStartsAt: '2025-03-04T13:00:00.000Z',
            overlapping: [
              {
                sessionId: SESSION_ID,
                activityId: ACTIVITY_ID,
                activityTitle: 'Café des sciences',
                startsAt: '2025-03-04T13:30:00.000Z',
                endsAt: '2025-03-04T15:00:00.000Z',
              },
            ],
          },
        ],
        skipped: [],
      };
      const net = fakeFetch({
        [`GET /api/activities/${ACTIVITY_ID}`]: { body: activity() },
        'GET /api/staff': { body: [REFERENT] },
        [`POST /api/activities/${ACTIVITY_ID}/series`]: {
          status: 201,
          body: { ...result, sessions: new Array(8).fill(null).map(() => ({})) },
        },
      });
      const { user } = renderScreen(<SeriesFormPage />, {
        fetch: net.fetch,
        path: `/activites/${ACTIVITY_ID}/serie`,
        pattern: '/activites/:id/serie',
      });
      await screen.findByRole('option', { name: REFERENT.displayName }, { timeout: 10_000 });
      await user.selectOptions(screen.getByLabelText('Jour de la semaine'), 'Mardi');
      await user.clear(screen.getByLabelText('Nombre de places'));
      await user.type(screen.getByLabelText('Nombre de places'), '8');
      await user.selectOptions(screen.getByLabelText(/Animateur/), REFERENT.displayName);
      await user.click(screen.getByRole('button', { name: 'Créer la série' }));
      expect(await screen.findByText('8 séances créées.', {}, { timeout: 10_000 })).toBeTruthy();
      expect(screen.getByRole('alert').textContent).toContain('Café des sciences');
      expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
        weekday: 2,
        startTime: '14:00',
        durationMinutes: 120,
        firstOn: '2025-03-01',
        lastOn: '2025-04-26',
        skipHolidays: true,
        capacity: 8,
        place: null,
        facilitatorId: REFERENT.id,
      });
    },
  );

  it(
    'adds one session on one day, end time refused before the start',
    { timeout: 20_000 },
    async () => {
      const net = fakeFetch({
        [`GET /api/activities/${ACTIVITY_ID}`]: { body: activity() },
        'GET /api/staff': { body: [REFERENT] },
        [`POST /api/activities/${ACTIVITY_ID}/sessions`]: {
          status: 201,
          body: { seriesId: null, sessions: [{}], warnings: [], skipped: [] },
        },
      });
      const { user } = renderScreen(<SessionFormPage />, {
        fetch: net.fetch,
        path: `/activites/${ACTIVITY_ID}/seance`,
        pattern: '/activites/:id/seance',
      });
      await screen.findByRole('option', { name: REFERENT.displayName }, { timeout: 10_000 });
      await user.clear(screen.getByLabelText('Heure de fin'));
      await user.type(screen.getByLabelText('Heure de fin'), '17:30');
      await user.type(screen.getByLabelText(/Lieu/), 'Salle du fablab');
      await user.click(screen.getByRole('button', { name: 'Créer la séance' }));
      expect(await screen.findByText('1 séance créée.', {}, { timeout: 10_000 })).toBeTruthy();
      expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
        date: '2025-03-01',
        startTime: '14:00',
        endTime: '17:30',
        capacity: 10,
        place: 'Salle du fablab',
        facilitatorId: null,
      });
    },
  );

  it('refuses a capacity of 0 before sending', { timeout: 20_000 }, async () => {
    const net = fakeFetch({
      [`GET /api/activities/${ACTIVITY_ID}`]: { body: activity() },
      'GET /api/staff': { body: [] },
    });
    const { user } = renderScreen(<SeriesFormPage />, {
      fetch: net.fetch,
      path: `/activites/${ACTIVITY_ID}/serie`,
      pattern: '/activites/:id/serie',
    });
    await user.clear(await screen.findByLabelText('Nombre de places', {}, { timeout: 10_000 }));
    await user.type(screen.getByLabelText('Nombre de places'), '0');
    await user.click(screen.getByRole('button', { name: 'Créer la série' }));
    expect(await screen.findByRole('button', { name: 'Créer la série' })).toBeTruthy();
    expect(net.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});

describe('participant: what can I try this week', () => {
  it(
    'shows big cards whose sessions open /moi/seances/:id, and filters by day',
    { timeout: 20_000 },
    async () => {
      const net = fakeFetch({
        'GET /api/me/catalogue': { body: { items: [item], nextOffset: null } },
      });
      const { user } = renderScreen(<MyActivitiesPage />, {
        fetch: net.fetch,
        path: '/moi/activites',
      });
      expect(
        await screen.findByRole(
          'heading',
          { name: "Qu'est-ce que je peux essayer cette semaine ?" },
          { timeout: 10_000 },
        ),
      ).toBeTruthy();
      const link = await screen.findByRole('link', { name: /mardi 4 mars, 14:00–16:00/ });
      expect(link.getAttribute('href')).toBe(`/moi/seances/${SESSION_ID}`);
      await user.click(screen.getByLabelText('Mardi'));
      await screen.findByRole('link', { name: /mardi 4 mars/ });
      expect(net.requests.at(-1)?.url).toContain('weekday=2');
    },
  );
});

describe('activity page', () => {
  it(
    'lists sessions linking to /seances/:id, and a manager can cancel one',
    { timeout: 20_000 },
    async () => {
      const session = {
        id: SESSION_ID,
        activityId: ACTIVITY_ID,
        seriesId: null,
        startsAt: '2025-03-04T13:00:00.000Z',
        endsAt: '2025-03-04T15:00:00.000Z',
        place: 'Atelier',
        capacity: 8,
        registeredCount: 2,
        seatsLeft: 6,
        facilitatorId: null,
        facilitatorName: null,
        cancelledAt: null,
        version: 1,
        can: { cancel: true },
      };
      // The server says which sessions this viewer may cancel: this one, not the next.
      const next = {
        ...session,
        id: '00000000-0000-4000-8000-000000000302',
        startsAt: '2025-03-11T13:00:00.000Z',
        endsAt: '2025-03-11T15:00:00.000Z',
        can: { cancel: false },
      };
      const net = fakeFetch({
        [`GET /api/activities/${ACTIVITY_ID}`]: { body: activity() },
        [`GET /api/activities/${ACTIVITY_ID}/sessions`]: { body: [session, next] },
        [`POST /api/sessions/${SESSION_ID}/cancel`]: {
          body: { ...session, cancelledAt: '2025-03-01T10:00:00.000Z', can: { cancel: false } },
        },
      });
      const { user } = renderScreen(<ActivityPage />, {
        fetch: net.fetch,
        path: `/activites/${ACTIVITY_ID}`,
        pattern: '/activites/:id',
      });
      const link = await screen.findByRole(
        'link',
        { name: 'mardi 4 mars, 14:00–16:00' },
        { timeout: 10_000 },
      );
      expect(link.getAttribute('href')).toBe(`/seances/${SESSION_ID}`);
      expect(screen.getByRole('link', { name: 'Planifier une série' }).getAttribute('href')).toBe(
        `/activites/${ACTIVITY_ID}/serie`,
      );
      await screen.findByRole('link', { name: 'mardi 11 mars, 14:00–16:00' });
      expect(screen.getAllByRole('button', { name: /Annuler la séance/ })).toHaveLength(1);
      await user.click(screen.getByRole('button', { name: /Annuler la séance/ }));
      await screen.findByRole('link', { name: 'mardi 4 mars, 14:00–16:00' });
      expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 1 });
    },
  );
});
