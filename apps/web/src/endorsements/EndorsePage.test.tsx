import type { EndorsementInvitationPreview } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { EndorsePage } from './EndorsePage.js';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const API = `/api/endorsement-invitations/${TOKEN}`;

const preview: EndorsementInvitationPreview = {
  target: {
    kind: 'award',
    name: 'Ponctualité',
    description: 'À l’heure, semaine après semaine.',
    issuerName: 'E2C Normandie',
    imageUrl: null,
    imageAlt: '',
    recipientName: 'Héron des Prairies',
  },
  expiresAt: '2026-04-14T10:00:00.000Z',
};

const open = (net: ReturnType<typeof fakeFetch>) =>
  renderScreen(<EndorsePage />, {
    fetch: net.fetch,
    path: `/moi/recommander#${TOKEN}`,
    pattern: '/moi/recommander',
  });

describe('the invited person’s page, without an account', () => {
  it('shows the badge and whose it is, then signs their words', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: preview },
      [`POST ${API}/endorse`]: { status: 201, body: {} },
    });
    const { user } = open(net);
    expect(await screen.findByRole('heading', { name: 'Ponctualité' })).toBeTruthy();
    expect(screen.getByText('Badge de : Héron des Prairies')).toBeTruthy();
    await user.type(screen.getByLabelText('Votre nom'), 'Karim Haddad');
    await user.type(
      screen.getByLabelText('Votre entreprise ou structure (facultatif)'),
      'Garage Martin',
    );
    await user.type(screen.getByLabelText('Votre recommandation'), 'Toujours à l’heure.');
    await user.click(screen.getByRole('button', { name: 'Signer ma recommandation' }));
    expect(await screen.findByText('Merci ! Votre recommandation est signée.')).toBeTruthy();
    expect(screen.getByText('La personne va la voir et choisir de la montrer.')).toBeTruthy();
    const sent = net.requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      name: 'Karim Haddad',
      organisation: 'Garage Martin',
      role: '',
      url: '',
      comment: 'Toujours à l’heure.',
    });
  });

  it('says plainly when the link was already used', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: apiError(410, 'endorsements.invitation_used'),
    });
    open(net);
    expect(
      await screen.findByText('Ce lien a déjà servi. Demandez un nouveau lien à la personne.'),
    ).toBeTruthy();
  });
});
