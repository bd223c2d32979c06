import type { Invitation, SentInvitation } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { anonymousClient, loginAs } from '../test-support/clients.js';
import {
  makeOrganisation,
  makeStaff,
  TEST_PASSWORD,
  type TestStaff,
} from '../test-support/factories.js';
import { linkIn, tokenOf } from '../test-support/smtp.js';
import { plusDays } from '../time/index.js';
import { freshEmail } from './test-support/factories.js';

const ctx = useTestApp({ smtp: true });

let partner: string;
let admin: TestStaff;
let adminClient: Client;
let coordination: Client;

const STRONG = 'Cerise-Tramway-Ardoise-42';

beforeAll(async () => {
  const { db } = ctx.database;
  partner = (await makeOrganisation(db, { name: 'Atelier Vélo Solidaire' })).id;
  admin = await makeStaff(db, { role: 'org_admin', organisationId: partner });
  adminClient = await loginAs(ctx.app, admin);
  coordination = await loginAs(ctx.app, await makeStaff(db, { role: 'coordination' }));
});

const invite = async (client: Client, email: string, roles: string[] = ['partner_staff']) =>
  client.request({
    method: 'POST',
    url: '/api/invitations',
    payload: { email, organisationId: partner, roles },
  });

const accept = (payload: object) =>
  anonymousClient(ctx.app).request({ method: 'POST', url: '/api/invitations/accept', payload });

describe('invitations by e-mail', () => {
  it('an org_admin invites a colleague: the e-mail arrives over SMTP, in French, text and HTML', async () => {
    const email = freshEmail('anim');
    const since = ctx.inbox.messages.length;
    const res = await invite(adminClient, email);
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json<SentInvitation>();
    expect(sent).toMatchObject({ link: null, invitation: { email, state: 'sent' } });
    const mail = await ctx.inbox.next(email, since);
    expect(mail.subject).toBe(
      'Invitation à rejoindre Atelier Vélo Solidaire sur Territoires Partagés',
    );
    expect(mail.text).toContain('pendant 7 jours');
    expect(mail.html).toContain('Accepter l’invitation');
    const link = linkIn(mail);
    expect(link.startsWith('https://territoires.example/invitation#')).toBe(true);
    expect(mail.html).toContain(link);
  });

  it('refuses a weak password with French advice, accepts a strong one once, and the person signs in', async () => {
    const email = freshEmail('anim');
    const since = ctx.inbox.messages.length;
    await invite(adminClient, email);
    const token = tokenOf(linkIn(await ctx.inbox.next(email, since)));
    const preview = await anonymousClient(ctx.app).request({
      method: 'GET',
      url: `/api/invitations/link/${token}`,
    });
    expect(preview.json()).toMatchObject({
      email,
      organisationName: 'Atelier Vélo Solidaire',
      roles: ['partner_staff'],
      existingAccount: false,
    });
    const weak = await accept({ token, displayName: 'Ana Lopes', password: 'azerty123' });
    expect(weak.statusCode).toBe(422);
    const refusal = weak.json<{ error: { code: string; details: { advice: string[] } } }>();
    expect(refusal.error.code).toBe('account.password_weak');
    expect(refusal.error.details.advice.join(' ')).toMatch(/couramment utilisé/);
    const ok = await accept({ token, displayName: 'Ana Lopes', password: STRONG });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await accept({ token, displayName: 'Ana Lopes', password: STRONG });
    expect(again.json()).toMatchObject({ error: { code: 'account.link_invalid' } });
    const client = await loginAs(ctx.app, { email, password: STRONG });
    const me = await client.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({
      user: {
        displayName: 'Ana Lopes',
        memberships: [{ organisationId: partner, role: 'partner_staff' }],
      },
    });
  });

  it('someone with an account elsewhere gets a new membership on the same account', async () => {
    const { db } = ctx.database;
    const elsewhere = await makeStaff(db, { role: 'referent' });
    const since = ctx.inbox.messages.length;
    await invite(adminClient, elsewhere.email, ['referent']);
    const token = tokenOf(linkIn(await ctx.inbox.next(elsewhere.email, since)));
    // The link alone, or with a wrong password, adds nothing: the account's owner accepts.
    const codeOf = async (payload: object) => {
      const res = await accept(payload);
      return [res.statusCode, res.json<{ error: { code: string } }>().error.code];
    };
    expect(await codeOf({ token })).toEqual([422, 'account.details_required']);
    expect(await codeOf({ token, currentPassword: 'not-the-password' })).toEqual([
      422,
      'account.wrong_password',
    ]);
    expect((await accept({ token, currentPassword: TEST_PASSWORD })).statusCode).toBe(200);
    const client = await loginAs(ctx.app, elsewhere);
    const me = (await client.request({ method: 'GET', url: '/api/auth/me' })).json<{
      user: { id: string; memberships: { organisationId: string }[] };
    }>();
    expect(me.user.id).toBe(elsewhere.staffId);
    expect(me.user.memberships.map((m) => m.organisationId)).toContain(partner);
  });

  it('an org_admin grants only their organisation’s roles; coordination grants funder and evaluator', async () => {
    expect((await invite(adminClient, freshEmail(), ['coordination'])).statusCode).toBe(403);
    expect((await invite(adminClient, freshEmail(), ['funder'])).statusCode).toBe(403);
    expect((await invite(coordination, freshEmail(), ['funder', 'evaluator'])).statusCode).toBe(
      201,
    );
    const other = await makeOrganisation(ctx.database.db);
    const elsewhere = await adminClient.request({
      method: 'POST',
      url: '/api/invitations',
      payload: { email: freshEmail(), organisationId: other.id, roles: ['partner_staff'] },
    });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('shows failed to send, then sent again; cancelled and expired links stop working', async () => {
    const email = freshEmail('panne');
    ctx.inbox.refuse(true);
    let res;
    try {
      res = await invite(adminClient, email);
    } finally {
      ctx.inbox.refuse(false);
    }
    const failed = res.json<SentInvitation>().invitation;
    expect(failed.state).toBe('send_failed');
    const since = ctx.inbox.messages.length;
    const resent = await adminClient.request({
      method: 'POST',
      url: `/api/invitations/${failed.id}/resend`,
    });
    expect(resent.json<SentInvitation>().invitation.state).toBe('sent');
    const token = tokenOf(linkIn(await ctx.inbox.next(email, since)));
    const cancelled = await adminClient.request({
      method: 'POST',
      url: `/api/invitations/${failed.id}/cancel`,
    });
    expect(cancelled.json<Invitation>().state).toBe('cancelled');
    expect((await accept({ token, displayName: 'X Y', password: STRONG })).statusCode).toBe(422);

    const late = freshEmail('tard');
    const from = ctx.inbox.messages.length;
    await invite(adminClient, late);
    const lateToken = tokenOf(linkIn(await ctx.inbox.next(late, from)));
    ctx.setNow(plusDays(TEST_NOW, 8));
    try {
      const expired = await accept({ token: lateToken, displayName: 'X Y', password: STRONG });
      expect(expired.json()).toMatchObject({ error: { code: 'account.link_invalid' } });
    } finally {
      ctx.setNow(TEST_NOW);
    }
    const list = await adminClient.request({ method: 'GET', url: '/api/invitations' });
    const states = new Map(list.json<Invitation[]>().map((i) => [i.email, i.state]));
    expect(states.get(email)).toBe('cancelled');
    expect(states.get(late)).toBe('sent');
  });

  it('without SMTP, the administrator gets the link to hand over', async () => {
    const { createInvitation } = await import('./invitations.js');
    const sent = await createInvitation(
      { ...ctx.services, mailer: undefined },
      admin,
      { email: freshEmail(), organisationId: partner, roles: ['referent'] },
      { publicUrl: 'https://territoires.example', log: () => undefined },
    );
    expect(sent.invitation.state).toBe('link_only');
    expect(sent.link).toMatch(/^https:\/\/territoires\.example\/invitation#/);
  });
});
