import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { ExperiencesSection } from './ExperiencesSection.js';
import { EXPERIENCE_ID, experience, FILE_ID, reflection } from './fixtures.js';

const API = `/api/participants/${PARTICIPANT_ID}`;
const ATTENDANCE_ID = '00000000-0000-4000-8000-000000000801';
const OBJECTIVE_ID = '00000000-0000-4000-8000-000000000901';

const withContract = () =>
  participant({
    contracts: [
      {
        id: '00000000-0000-4000-8000-000000000950',
        number: 1,
        signedOn: '2025-01-15',
        plannedEndOn: '2026-01-15',
        deadlineOn: '2026-04-10',
        status: 'active',
        coSigners: [],
        objectives: [{ id: OBJECTIVE_ID, position: 1, text: 'Découvrir un métier' }],
        amendments: [],
      },
    ],
  });

function network(extra: Parameters<typeof fakeFetch>[0] = {}) {
  return fakeFetch({
    [`GET ${API}/experiences`]: { body: [experience()] },
    [`GET ${API}/reflections`]: { body: [reflection()] },
    [`GET ${API}/experience-sources`]: {
      body: [
        {
          attendanceId: ATTENDANCE_ID,
          activityTitle: 'Atelier cuisine',
          on: '2025-02-27',
          organisationName: null,
          recorded: false,
        },
      ],
    },
    ...extra,
  });
}

describe('Expériences section (staff)', () => {
  it('lists experiences with their photos and reflexivity times with who wrote what', async () => {
    const net = network();
    renderScreen(<ExperiencesSection participant={participant()} />, { fetch: net.fetch });
    const card = (await screen.findByRole('heading', { name: 'Atelier fablab' })).closest(
      'article',
    );
    expect(card).not.toBeNull();
    const scope = within(card as HTMLElement);
    expect(scope.getByText('J’ai fait une boîte en bois.')).toBeTruthy();
    expect(scope.getByText(/Chez Le Dôme/)).toBeTruthy();
    expect(scope.getByRole('img', { name: 'Ouvrir boite.jpg' }).getAttribute('src')).toBe(
      `/api/files/${FILE_ID}`,
    );
    const held = screen
      .getByRole('heading', { name: 'Le 25 février 2025' })
      .closest('article') as HTMLElement;
    expect(within(held).getByText(/écrit par la personne/)).toBeTruthy();
    expect(within(held).getByText('Belle persévérance.')).toBeTruthy();
  });

  it('offers to add a file only where the server says the experience has room (can.addFile)', async () => {
    const full = experience({ can: { edit: true, addFile: false } });
    const net = network({
      [`GET ${API}/experiences`]: {
        body: [experience(), { ...full, id: ATTENDANCE_ID, title: 'Pleine' }],
      },
    });
    renderScreen(<ExperiencesSection participant={participant()} />, { fetch: net.fetch });
    const card = (name: string) =>
      within(screen.getByRole('heading', { name }).closest('article') as HTMLElement);
    await screen.findByRole('heading', { name: 'Pleine' });
    expect(card('Atelier fablab').getByLabelText(/Ajouter une photo ou un document/)).toBeTruthy();
    expect(card('Pleine').queryByLabelText(/Ajouter une photo ou un document/)).toBeNull();
  });

  it('records an experience from an attendance, then sends the photo as multipart', async () => {
    const net = network({
      [`POST ${API}/experiences`]: { status: 201, body: experience({ files: [] }) },
      [`POST /api/experiences/${EXPERIENCE_ID}/files`]: {
        status: 201,
        body: experience().files[0],
      },
    });
    const { user } = renderScreen(<ExperiencesSection participant={participant()} />, {
      fetch: net.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Noter une expérience' }));
    const source = screen.getByLabelText('D’où vient cette expérience ?');
    await screen.findByRole('option', { name: /Atelier cuisine/ });
    await user.selectOptions(source, ATTENDANCE_ID);
    // With a session, kind and date come from it.
    expect(screen.queryByLabelText('Date')).toBeNull();
    await user.type(screen.getByLabelText(/Ses mots/), 'Super');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', {
      type: 'image/jpeg',
    });
    await user.upload(screen.getByLabelText(/Photo ou document/), photo);
    expect(screen.getByLabelText(/Photo ou document/).getAttribute('accept')).toBe(
      'image/*,application/pdf',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’expérience' }));
    await expect.poll(() => net.requests.filter((r) => r.method === 'POST').length).toBe(2);
    const [created, uploaded] = net.requests.filter((r) => r.method === 'POST');
    expect(created?.body).toEqual({
      kind: 'activity',
      attendanceId: ATTENDANCE_ID,
      words: 'Super',
    });
    expect(uploaded?.url).toBe(`/api/experiences/${EXPERIENCE_ID}/files`);
    expect(uploaded?.headers['content-type']).toBeUndefined();
    expect(uploaded?.headers['x-csrf-token']).toBe('csrf-test');
  });

  it('says why a photo was refused', async () => {
    const net = network({
      [`POST ${API}/experiences`]: { status: 201, body: experience({ files: [] }) },
      [`POST /api/experiences/${EXPERIENCE_ID}/files`]: apiError(400, 'file.type_mismatch'),
    });
    const { user } = renderScreen(<ExperiencesSection participant={participant()} />, {
      fetch: net.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Noter une expérience' }));
    await user.type(screen.getByLabelText('Titre'), 'Visite');
    await user.upload(
      screen.getByLabelText(/Photo ou document/),
      new File(['x'], 'x.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’expérience' }));
    expect(
      await screen.findByText('Le fichier n’est pas ce que son nom annonce. Vérifiez le fichier.'),
    ).toBeTruthy();
    expect(screen.getByText('L’expérience est enregistrée, mais pas le fichier.')).toBeTruthy();
    // Emptied, so that sending again does not record the experience twice.
    expect(screen.getByLabelText<HTMLInputElement>('Titre').value).toBe('');
  });

  it('checks the title before sending a free experience', async () => {
    const net = network();
    const { user } = renderScreen(<ExperiencesSection participant={participant()} />, {
      fetch: net.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Noter une expérience' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’expérience' }));
    expect(screen.getByLabelText('Titre').getAttribute('aria-invalid')).toBe('true');
    expect(net.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('holds a reflexivity time linked to a key objective, with a proposed badge', async () => {
    const net = network({
      [`POST ${API}/reflections`]: { status: 201, body: reflection() },
    });
    const { user } = renderScreen(<ExperiencesSection participant={withContract()} />, {
      fetch: net.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Tenir un temps de réflexion' }));
    const form = screen.getByRole('form', { name: 'Nouveau temps de réflexion' });
    const scope = within(form);
    await user.click(scope.getByLabelText('Atelier fablab'));
    await user.type(scope.getByLabelText(/Ce que j’ai appris/), 'Utiliser la découpe laser');
    await user.type(scope.getByLabelText(/Commentaire du référent/), 'Bravo');
    await user.click(scope.getByLabelText('Découvrir un métier'));
    await user.click(scope.getByLabelText('Proposer un badge'));
    await user.type(scope.getByLabelText('Nom du badge'), 'Fabmanager');
    await user.type(scope.getByLabelText('Pourquoi ce badge'), 'Première pièce');
    await user.click(scope.getByRole('button', { name: 'Enregistrer' }));
    await expect
      .poll(() => net.requests.find((r) => r.method === 'POST')?.body)
      .toEqual({
        heldOn: '2025-03-01',
        experienceIds: [EXPERIENCE_ID],
        part: { did: '', learned: 'Utiliser la découpe laser', felt: '', next: '' },
        comment: 'Bravo',
        objectiveIds: [OBJECTIVE_ID],
        badge: { title: 'Fabmanager', reason: 'Première pièce' },
      });
  });

  it('puts the server’s refusal of an objective on the objectives', async () => {
    const net = network({
      [`POST ${API}/reflections`]: apiError(422, 'reflection.objective_not_in_contract', [
        { path: 'objectiveIds', code: 'reflection.objective_not_in_contract', message: 'x' },
      ]),
    });
    const { user } = renderScreen(<ExperiencesSection participant={withContract()} />, {
      fetch: net.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Tenir un temps de réflexion' }));
    await user.click(screen.getByLabelText('Découvrir un métier'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Cet objectif ne fait pas partie du contrat en cours.'),
    ).toBeTruthy();
  });

  it('offers its author to delete an empty reflexivity time, and only that one', async () => {
    const EMPTY_ID = '00000000-0000-4000-8000-000000000777';
    const net = network({
      [`GET ${API}/reflections`]: {
        body: [
          reflection(),
          reflection({ id: EMPTY_ID, did: null, comment: null, can: { delete: true } }),
        ],
      },
      [`DELETE /api/reflections/${EMPTY_ID}`]: { body: { ok: true } },
    });
    const { user } = renderScreen(<ExperiencesSection participant={participant()} />, {
      fetch: net.fetch,
    });
    const buttons = await screen.findAllByRole('button', {
      name: 'Supprimer ce temps de réflexion vide',
    });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0] as HTMLElement);
    await expect
      .poll(() => net.requests.filter((r) => r.method === 'DELETE').map((r) => r.url))
      .toEqual([`/api/reflections/${EMPTY_ID}`]);
  });
});
