import type { FetchFn } from '../api/client.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
}

/** Route key: "METHOD /path" (query string excluded). */
export type Handler = (request: RecordedRequest) => FakeReply;

/**
 * A stand-in for the network boundary only: answers by method and path, records what was sent,
 * and answers 404 resource.not_found for anything unexpected.
 */
export function fakeFetch(handlers: Record<string, Handler | FakeReply>): {
  fetch: FetchFn;
  requests: RecordedRequest[];
} {
  const requests: RecordedRequest[] = [];
  const fetch: FetchFn = (input, init) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>),
    );
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: input,
      headers,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    const path = input.split('?')[0] ?? input;
    const handler = handlers[`${request.method} ${path}`];
    const reply: FakeReply =
      handler === undefined
        ? { status: 404, body: { error: { code: 'resource.not_found', message: 'not found' } } }
        : typeof handler === 'function'
          ? handler(request)
          : handler;
    return Promise.resolve(
      new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status ?? 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { fetch, requests };
}

export const apiError = (
  status: number,
  code: string,
  fields?: { path: string; code: string; message: string }[],
): FakeReply => ({
  status,
  body: { error: { code, message: code, ...(fields === undefined ? {} : { fields }) } },
});
