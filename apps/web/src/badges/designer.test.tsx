import type { Achievement, IssuerChoice, RomeJob } from '@territoires/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, type RecordedRequest } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { AchievementsPage } from './AchievementsPage.js';

const ORG = '66666666-6666-4666-8666-666666666666';
const BADGE: Achievement = {
  id: '11111111-1111-4111-8111-111111111111',
  organisationId: ORG,
  issuerName: 'E2C Normandie',
  issuerId: 'did:web:x:issuers:e2c',
  name: 'Accueil du public',
  description: 'Accueille le public.',
  criteria: 'Trois permanences.',
  nameEn: null,
  descriptionEn: null,
  criteriaEn: null,
  achievementType: 'ext:NonFormalLearning',
  tags: [],
  validityMonths: null,
  imageAlt: 'Une main tendue',
  alignments: [{ kind: 'rome', code: 'G1602', name: 'Personnel de cuisine' }],
  imageUrl: null,
  version: 1,
  can: { edit: true, award: true },
};
const ISSUERS: IssuerChoice[] = [{ organisationId: ORG, name: 'E2C Normandie', issuerId: null }];
const JOBS: RomeJob[] = [
  { code: 'G1602', label: 'Personnel de cuisine', match: null, appellation: null },
  {
    code: 'G1602',
    label: 'Personnel de cuisine',
    match: 'Cuisinier / Cuisinière',
    appellation: '13861',
  },
];

function setUp() {
  const { fetch, requests } = fakeFetch({
    'GET /api/badges/achievements': { body: [BADGE] },
    'GET /api/badges/issuers': { body: ISSUERS },
    'GET /api/badges/image-preview': { body: { dataUrl: 'data:image/png;base64,iVBORw0KGgo=' } },
    'GET /api/badges/rome': { body: JOBS },
    [`POST /api/badges/achievements/${BADGE.id}/image/generated`]: { body: BADGE },
    [`PUT /api/badges/achievements/${BADGE.id}`]: { body: { ...BADGE, version: 2 } },
    'POST /api/badges/achievements': { status: 201, body: BADGE },
  });
  return { requests, ...renderScreen(<AchievementsPage />, { fetch, path: '/badges' }) };
}

const sent = (requests: RecordedRequest[], method: string, path: string) =>
  requests.filter((r) => r.method === method && r.url.split('?')[0] === path);

describe('the badge designer', () => {
  it('creates the image from a template, with a text that follows it until written', async () => {
    const { user, requests } = setUp();
    await user.click(await screen.findByText('Image de « Accueil du public »'));
    const art = await screen.findByRole('group', { name: 'Comment faire l’image ?' });
    expect(within(art).getByLabelText<HTMLInputElement>('Créer une image').checked).toBe(true);
    const alt = screen.getByLabelText<HTMLTextAreaElement>('Texte de l’image', {
      selector: 'textarea',
    });
    expect(alt.value).toBe('Cercle avec un pictogramme étoile et le texte « Accueil du public »');
    await user.selectOptions(screen.getByLabelText('Forme'), 'Écusson');
    await user.selectOptions(screen.getByLabelText('Pictogramme'), 'poignée de main');
    expect(alt.value).toBe(
      'Écusson avec un pictogramme poignée de main et le texte « Accueil du public »',
    );
    await waitFor(() => {
      const previews = sent(requests, 'GET', '/api/badges/image-preview');
      expect(previews.at(-1)?.url).toContain('pictogram=poignee-de-main');
    });
    expect(await screen.findByRole('img', { name: 'Aperçu de l’image créée' })).toBeTruthy();
    await user.clear(alt);
    await user.type(alt, 'Une main tendue');
    await user.selectOptions(screen.getByLabelText('Pictogramme'), 'horloge');
    expect(alt.value).toBe('Une main tendue');
    await user.click(screen.getByRole('button', { name: 'Créer l’image' }));
    await screen.findByText('Image créée.');
    const [generated] = sent(
      requests,
      'POST',
      `/api/badges/achievements/${BADGE.id}/image/generated`,
    );
    expect(generated?.body).toMatchObject({
      shape: 'ecusson',
      pictogram: 'horloge',
      title: 'Accueil du public',
      imageAlt: 'Une main tendue',
    });
  });

  it('offers the PNG and SVG uploads', async () => {
    const { user } = setUp();
    await user.click(await screen.findByText('Image de « Accueil du public »'));
    await user.click(await screen.findByLabelText('Envoyer un SVG'));
    expect(screen.getByLabelText('Image SVG de « Accueil du public »').getAttribute('accept')).toBe(
      'image/svg+xml,.svg',
    );
    await user.click(screen.getByLabelText('Envoyer un PNG'));
    expect(screen.getByLabelText('Image PNG de « Accueil du public »')).toBeTruthy();
  });

  it('aligns a new badge to a ROME job found by a search', async () => {
    const { user, requests } = setUp();
    const form = await screen.findByRole('form', { name: 'Créer un badge' });
    expect(screen.getByText('Métier : Personnel de cuisine (ROME G1602)')).toBeTruthy();
    await user.type(within(form).getByLabelText('Chercher un métier (ROME)'), 'cuisinier');
    await user.click(
      await within(form).findByRole('button', { name: /Ajouter G1602 – Personnel de cuisine/ }),
    );
    // Or the exact job title in that family.
    await user.click(
      within(form).getByRole('button', {
        name: 'Ajouter Cuisinier / Cuisinière (G1602 – Personnel de cuisine)',
      }),
    );
    const chosen = within(form).getByRole('list', { name: 'Correspondances choisies' });
    expect(within(chosen).getByText('Métier : Personnel de cuisine (ROME G1602)')).toBeTruthy();
    expect(
      within(chosen).getByText(
        'Métier : Cuisinier / Cuisinière (Personnel de cuisine, ROME G1602)',
      ),
    ).toBeTruthy();
    await user.type(within(form).getByLabelText('Nom', { exact: true }), 'Cuisine');
    await user.type(within(form).getByLabelText('Description', { exact: true }), 'Cuisine.');
    await user.type(within(form).getByLabelText('Ce qu’il faut avoir fait'), 'Un repas.');
    await user.type(within(form).getByLabelText('Texte de l’image'), 'Une toque');
    await user.click(within(form).getByRole('button', { name: 'Créer le badge' }));
    await screen.findByText('Badge créé.');
    const [created] = sent(requests, 'POST', '/api/badges/achievements');
    expect(created?.body).toMatchObject({
      alignments: [
        { kind: 'rome', code: 'G1602' },
        { kind: 'rome', code: 'G1602', appellation: '13861' },
      ],
    });
  });

  it('changes the alignments of an existing badge', async () => {
    const { user, requests } = setUp();
    await user.click(
      await screen.findByText('Modifier les correspondances de « Accueil du public »'),
    );
    const editor = within(
      screen.getByRole('button', { name: 'Enregistrer les correspondances' }).closest('form') ??
        document.body,
    );
    const chosen = editor.getByRole('list', { name: 'Correspondances choisies' });
    await user.click(
      within(chosen).getByRole('button', { name: 'Retirer « Personnel de cuisine »' }),
    );
    await user.selectOptions(editor.getByLabelText('Thématique data·inclusion'), 'Lien social');
    await user.click(editor.getByRole('button', { name: 'Ajouter la thématique' }));
    await user.click(editor.getByRole('button', { name: 'Enregistrer les correspondances' }));
    await screen.findByText('Correspondances enregistrées.');
    const [saved] = sent(requests, 'PUT', `/api/badges/achievements/${BADGE.id}`);
    expect(saved?.body).toMatchObject({
      version: 1,
      name: BADGE.name,
      alignments: [{ kind: 'thematique', code: 'remobilisation--lien-social' }],
    });
  });
});
