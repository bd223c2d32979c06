import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteName } from '@territoires/contracts';
import { ApiError, toApiError } from './errors.js';
import { ROUTE_TARGETS, type RouteTarget } from './manifest.js';

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

/** Only the parts a route declares are required: `call('me')`, `call('getParticipant', { params: { id } })`. */
export type CallInput<N extends RouteName> = (ParamsOf<N> extends undefined
  ? { params?: undefined }
  : { params: ParamsOf<N> }) &
  (BodyOf<N> extends undefined ? { body?: undefined } : { body: BodyOf<N> }) &
  (QueryOf<N> extends undefined ? { query?: undefined } : { query?: QueryOf<N> });

type NeedsInput<N extends RouteName> =
  ParamsOf<N> extends undefined ? (BodyOf<N> extends undefined ? false : true) : true;

export interface ApiClient {
  call<N extends RouteName>(
    name: N,
    ...input: NeedsInput<N> extends true ? [CallInput<N>] : [CallInput<N>?]
  ): Promise<ResponseOf<N>>;
  /** The untyped form, for generic helpers that add their own typing on top. */
  request(name: RouteName, input?: LooseInput): Promise<unknown>;
  /** The staff session's CSRF token, sent on staff writes. */
  setCsrfToken(token: string | null): void;
  /** The participant session's CSRF token, sent on writes of participant-space routes. */
  setParticipantCsrfToken(token: string | null): void;
  /**
   * Called when the server says a session is missing or over (401 auth.unauthenticated), with the
   * audience of the route, so each space sends the person to its own sign-in page. Returns an
   * unsubscribe function.
   */
  onUnauthenticated(listener: (audience: Audience) => void): () => void;
}

/** Whose session a route reads: a staff member's, or a participant's (the space under /moi). */
export type Audience = 'staff' | 'participant';

export const audienceOf = (name: RouteName): Audience => {
  const route: RouteTarget = ROUTE_TARGETS[name];
  return route.audience === 'participant' ? 'participant' : 'staff';
};

export interface LooseInput {
  params?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

export function buildUrl(
  path: string,
  params?: Record<string, unknown>,
  query?: Record<string, unknown>,
): string {
  const filled = path.replace(/:([A-Za-z]+)/g, (_match, key: string) => {
    const value = params?.[key];
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`Missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      search.set(key, String(value));
  }
  const qs = search.toString();
  return qs === '' ? filled : `${filled}?${qs}`;
}

/**
 * A typed client over the route manifest. The fetch function is passed in, so tests
 * (and other hosts) decide what the network is.
 */
export function createApiClient(fetchFn: FetchFn): ApiClient {
  // Two sessions may live in one browser (a référent trying the space): each has its own token.
  const csrfTokens: Record<Audience, string | null> = { staff: null, participant: null };
  const listeners = new Set<(audience: Audience) => void>();

  async function call(name: RouteName, input: LooseInput = {}): Promise<unknown> {
    const route = ROUTE_TARGETS[name];
    const audience = audienceOf(name);
    const csrfToken = csrfTokens[audience];
    const headers: Record<string, string> = { accept: 'application/json' };
    if (route.method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    const init: RequestInit = { method: route.method, headers, credentials: 'same-origin' };
    // A FormData body (file uploads) carries its own multipart content type and boundary.
    if (input.body instanceof FormData) init.body = input.body;
    else if (input.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(input.body);
    }
    let response: Response;
    try {
      response = await fetchFn(buildUrl(route.path, input.params, input.query), init);
    } catch {
      throw new ApiError(0, 'internal.unexpected');
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    if (!response.ok) {
      const error = toApiError(response.status, body);
      if (error.status === 401 && error.code === 'auth.unauthenticated')
        for (const listener of listeners) listener(audience);
      throw error;
    }
    return body;
  }

  return {
    call: call as ApiClient['call'],
    request: call,
    setCsrfToken(token) {
      csrfTokens.staff = token;
    },
    setParticipantCsrfToken(token) {
      csrfTokens.participant = token;
    },
    onUnauthenticated(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
