import type {
  Endorsement,
  EndorsementChoices,
  EndorsementInvitationPreview,
} from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedAward, makeAchievement, offer } from '../test-support/factories.js';
import { verifyHere } from '../test-support/verify-here.js';
import { TEST_NOW, TEST_PUBLIC_URL, useTestApp, type Client } from '../../test-support/app.js';
import { anonymousClient, loginAs } from '../../test-support/clients.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { signedEndorsements } from './export.js';
import { endorseBody, invitationToken } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

const anonymous = () => anonymousClient(ctx.app);
const preview = (token: string) =>
  anonymous().request({ method: 'GET', url: `/api/endorsement-invitations/${token}` });
const endorse = (token: string, body: object = endorseBody()) =>
  anonymous().request({
    method: 'POST',
    url: `/api/endorsement-invitations/${token}/endorse`,
    payload: body,
  });
const badge = (organisationId = world.following) =>
  makeAchievement(ctx.services, world.staff.coordination, organisationId);

describe('endorsing a badge through an invitation link, without an account', () => {
  it('signs an EndorsementCredential under the endorser’s own did:web, which verifies', async () => {
    const b = await badge();
    const token = await invitationToken(ctx.services, world.staff.referent, {
      kind: 'achievement',
      id: b.id,
    });
    const seen = await preview(token);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<EndorsementInvitationPreview>().target).toMatchObject({
      kind: 'achievement',
      name: b.name,
      recipientName: null,
    });
    const res = await endorse(token);
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<Endorsement>();
    expect(e.status).toBe('accepted');
    expect(e.endorser).toMatchObject({ name: 'Karim Haddad', organisation: 'Garage Martin' });
    expect(e.endorser.id).toMatch(/^did:web:territoires\.example:endorsers:[0-9a-f-]{36}$/);
    expect(e.credential).toMatchObject({
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: e.endorser.id, name: 'Karim Haddad' },
      credentialSubject: {
        id: `${TEST_PUBLIC_URL}/issuers/${b.issuerId.split(':').at(-1) ?? ''}/achievements/${b.id}`,
        type: ['EndorsementSubject'],
        endorsementComment: endorseBody().comment,
      },
    });
    const result = await verifyHere(ctx.app, e.credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');
    const path = `/endorsers/${e.endorser.id.split(':').at(-1) ?? ''}`;
    const profile = await anonymous().request({ method: 'GET', url: path });
    expect(profile.json()).toMatchObject({ id: e.endorser.id, name: 'Karim Haddad' });
    const did = await anonymous().request({ method: 'GET', url: `${path}/did.json` });
    expect(did.json()).toMatchObject({ id: e.endorser.id });
    expect(
      (await anonymous().request({ method: 'GET', url: '/endorsers/nobody/did.json' })).statusCode,
    ).toBe(404);
  });

  it('works once, for 30 days; a used, expired or unknown link says so and changes nothing', async () => {
    const target = { kind: 'achievement' as const, id: (await badge()).id };
    const used = await invitationToken(ctx.services, world.staff.referent, target);
    expect((await endorse(used)).statusCode).toBe(201);
    const again = await endorse(used);
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: { code: 'endorsements.invitation_used' } });
    expect((await preview(used)).statusCode).toBe(410);

    const old = await invitationToken(ctx.services, world.staff.referent, target);
    ctx.setNow(new Date(TEST_NOW.getTime() + 31 * 86_400_000));
    try {
      const late = await endorse(old);
      expect(late.statusCode).toBe(410);
      expect(late.json()).toMatchObject({ error: { code: 'endorsements.invitation_expired' } });
    } finally {
      ctx.setNow(TEST_NOW);
    }
    const unknown = await endorse('AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'endorsements.invitation_unknown' } });
    expect((await preview('not-a-token')).statusCode).toBe(400);
  });

  it('refuses an empty comment or an address that is not http(s), and keeps the link', async () => {
    const token = await invitationToken(ctx.services, world.staff.referent, {
      kind: 'issuer',
      id: world.following,
    });
    for (const bad of [{ comment: ' ' }, { url: 'javascript:alert(1)' }, { name: '' }]) {
      const res = await endorse(token, endorseBody(bad));
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await endorse(token, endorseBody({ url: '' }))).statusCode).toBe(201);
  });
});

describe('endorsements of one awarded badge: the earner answers', () => {
  it('the earner invites, the endorsement waits, then the earner accepts it once', async () => {
    const p = await followedParticipant(ctx.services, world);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, (await badge()).id);
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const invited = await me.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/endorsement-invitations`,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = invited.json<{ url: string }>().url.split('#')[1] ?? '';
    expect((await preview(token)).json<EndorsementInvitationPreview>().target).toMatchObject({
      kind: 'award',
      recipientName: award.recipientName,
    });
    const given = (await endorse(token)).json<Endorsement>();
    expect(given.status).toBe('pending');
    expect(given.credential).toMatchObject({
      credentialSubject: { id: expect.stringMatching(/^urn:uuid:/) as unknown },
    });

    const mine = await me.request({ method: 'GET', url: '/api/me/endorsements' });
    expect(mine.json<Endorsement[]>().map((e) => [e.id, e.status])).toEqual([
      [given.id, 'pending'],
    ]);
    const other = await followedParticipant(ctx.services, world);
    const stranger = await loginParticipant(ctx.app, other.id, world.staff.referent);
    const theirs = await stranger.request({
      method: 'POST',
      url: `/api/me/endorsements/${given.id}/accept`,
    });
    expect(theirs.statusCode).toBe(404);

    const accepted = await me.request({
      method: 'POST',
      url: `/api/me/endorsements/${given.id}/accept`,
    });
    expect(accepted.json<Endorsement>().status).toBe('accepted');
    const twice = await me.request({
      method: 'POST',
      url: `/api/me/endorsements/${given.id}/decline`,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'endorsements.not_pending' } });
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${p.id}/timeline`,
    });
    expect(timeline.body).toContain('endorsement_received');
    expect(timeline.body).toContain('endorsement_accepted');
    expect(timeline.body).not.toContain('Karim');
  });

  it('refuses a badge not signed, another person’s, or staff who do not see the file', async () => {
    const p = await followedParticipant(ctx.services, world);
    const offered = await offer(ctx.services, world.staff.referent, p.id, (await badge()).id);
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const notSigned = await me.request({
      method: 'POST',
      url: `/api/me/awards/${offered.id}/endorsement-invitations`,
    });
    expect(notSigned.json()).toMatchObject({ error: { code: 'endorsements.unknown_target' } });
    const q = await followedParticipant(ctx.services, world);
    const theirs = await acceptedAward(
      ctx.services,
      world.staff.referent,
      q.id,
      (await badge()).id,
    );
    const other = await me.request({
      method: 'POST',
      url: `/api/me/awards/${theirs.id}/endorsement-invitations`,
    });
    expect(other.statusCode).toBe(404);
    const stranger = await loginAs(ctx.app, world.staff.stranger);
    const res = await stranger.request({
      method: 'POST',
      url: '/api/endorsement-invitations',
      payload: { kind: 'award', id: theirs.id },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'resource.not_found' } });
  });
});

describe('consortium members endorse each other', () => {
  it('offers the members the viewer speaks for, and every member’s badges; nothing to partners', async () => {
    const theirs = await badge(world.partner);
    const choices = (
      await referent.request({ method: 'GET', url: '/api/endorsements/choices' })
    ).json<EndorsementChoices>();
    expect(choices.organisations.map((o) => o.id)).toEqual([world.following]);
    expect(choices.achievements.map((a) => a.id)).toContain(theirs.id);
    const partner = await loginAs(ctx.app, world.staff.partner_staff);
    expect(
      (await partner.request({ method: 'GET', url: '/api/endorsements/choices' })).json(),
    ).toEqual({ organisations: [], achievements: [], issuers: [] });
  });

  it('signs with the endorsing organisation’s issuer identity; never its own badge', async () => {
    const theirs = await badge(world.partner);
    const res = await referent.request({
      method: 'POST',
      url: '/api/endorsements',
      payload: {
        target: { kind: 'achievement', id: theirs.id },
        organisationId: world.following,
        comment: 'Nous reconnaissons ce badge.',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<Endorsement>();
    expect(e.endorser.id).toMatch(/^did:web:territoires\.example:issuers:/);
    expect((await verifyHere(ctx.app, e.credential)).result).toBe('verified');
    const own = await referent.request({
      method: 'POST',
      url: '/api/endorsements',
      payload: {
        target: { kind: 'achievement', id: (await badge()).id },
        organisationId: world.following,
        comment: 'Le nôtre.',
      },
    });
    expect(own.json()).toMatchObject({ error: { code: 'endorsements.own_badge' } });
    const nothing = await referent.request({
      method: 'POST',
      url: '/api/endorsements',
      payload: {
        target: { kind: 'achievement', id: '00000000-0000-4000-8000-000000000000' },
        organisationId: world.following,
        comment: 'Rien.',
      },
    });
    expect(nothing.statusCode).toBe(404);
    expect(nothing.json()).toMatchObject({ error: { code: 'endorsements.unknown_target' } });
  });
});

describe('territoires endorsements export', () => {
  it('writes every endorsement as signed, one per line, each verifying', async () => {
    const lines: string[] = [];
    for await (const line of signedEndorsements(ctx.database.db, 2)) lines.push(line);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const credential = JSON.parse(line) as Record<string, unknown>;
      expect(credential.type).toEqual(['VerifiableCredential', 'EndorsementCredential']);
      expect((await verifyHere(ctx.app, credential)).result).toBe('verified');
    }
  });
});
