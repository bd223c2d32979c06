import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { audienceOf, buildUrl, createApiClient, type Audience } from './client.js';
import { ApiError } from './errors.js';

const ID = '00000000-0000-4000-8000-000000000010';

describe('api client', () => {
  it('fills path parameters and drops empty query values', () => {
    expect(
      buildUrl('/api/participants/:id/contracts/:contractId', { id: 'a b', contractId: 'c' }),
    ).toBe('/api/participants/a%20b/contracts/c');
    expect(
      buildUrl('/api/participants', undefined, {
        page: 2,
        q: '',
        phase: undefined,
        alert: 'inactive',
      }),
    ).toBe('/api/participants?page=2&alert=inactive');
  });

  it('sends the CSRF token and credentials on writes, JSON bodies, and reads JSON answers', async () => {
    const net = fakeFetch({
      [`POST /api/participants/${ID}/notes`]: { status: 201, body: { id: 'n1' } },
    });
    const client = createApiClient(net.fetch);
    client.setCsrfToken('tok');
    const note = await client.call('createNote', { params: { id: ID }, body: { body: 'Bonjour' } });
    expect(note).toEqual({ id: 'n1' });
    const [request] = net.requests;
    expect(request?.headers['x-csrf-token']).toBe('tok');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ body: 'Bonjour' });
  });

  it('does not send the CSRF token on reads', async () => {
    const net = fakeFetch({ 'GET /api/alerts': { body: [] } });
    const client = createApiClient(net.fetch);
    client.setCsrfToken('tok');
    await client.call('listAlerts');
    expect(net.requests[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('turns error bodies into ApiError with their code and fields', async () => {
    const net = fakeFetch({
      'POST /api/auth/login': apiError(400, 'request.validation_failed', [
        { path: 'email', code: 'invalid_format', message: 'x' },
      ]),
    });
    const client = createApiClient(net.fetch);
    const failure = client.call('login', { body: { email: 'a@b.fr', password: 'p' } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      code: 'request.validation_failed',
      fields: [{ path: 'email' }],
    });
  });

  it('maps unknown codes and network failures to internal.unexpected', async () => {
    const odd = createApiClient(() => Promise.resolve(new Response('<html>', { status: 502 })));
    await expect(odd.call('listAlerts')).rejects.toMatchObject({
      status: 502,
      code: 'internal.unexpected',
    });
    const down = createApiClient(() => Promise.reject(new TypeError('offline')));
    await expect(down.call('listAlerts')).rejects.toMatchObject({
      status: 0,
      code: 'internal.unexpected',
    });
  });

  it('sends the participant token on participant-space routes and the staff token elsewhere', async () => {
    const net = fakeFetch({
      'POST /api/me/sign-out': { body: { ok: true } },
      [`POST /api/participants/${ID}/sign-in-code`]: { status: 201, body: {} },
      'POST /api/me/sign-in': { body: {} },
    });
    const client = createApiClient(net.fetch);
    client.setCsrfToken('staff-tok');
    client.setParticipantCsrfToken('participant-tok');
    await client.call('participantSignOut');
    await client.call('issueSignInCode', { params: { id: ID } });
    expect(net.requests.map((request) => request.headers['x-csrf-token'])).toEqual([
      'participant-tok',
      'staff-tok',
    ]);
    // Without a participant session, nothing is sent: the staff token never leaks to /api/me.
    client.setParticipantCsrfToken(null);
    await client.call('participantSignIn', { body: { code: 'K7QM4T2P' } });
    expect(net.requests[2]?.headers['x-csrf-token']).toBeUndefined();
    expect(audienceOf('participantMe')).toBe('participant');
    expect(audienceOf('getParticipant')).toBe('staff');
  });

  it('tells listeners which space lost its session on a 401, not on a wrong code', async () => {
    const net = fakeFetch({
      'GET /api/me': apiError(401, 'auth.unauthenticated'),
      'GET /api/alerts': apiError(401, 'auth.unauthenticated'),
      'POST /api/me/sign-in': apiError(401, 'participant_space.code_invalid'),
    });
    const client = createApiClient(net.fetch);
    const heard: Audience[] = [];
    const stop = client.onUnauthenticated((audience) => heard.push(audience));
    await expect(client.call('participantMe')).rejects.toBeInstanceOf(ApiError);
    await expect(client.call('listAlerts')).rejects.toBeInstanceOf(ApiError);
    await expect(
      client.call('participantSignIn', { body: { code: 'nope' } }),
    ).rejects.toMatchObject({ code: 'participant_space.code_invalid' });
    expect(heard).toEqual(['participant', 'staff']);
    stop();
    await expect(client.call('participantMe')).rejects.toBeInstanceOf(ApiError);
    expect(heard).toHaveLength(2);
  });
});
