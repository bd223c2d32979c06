import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Vite names every bundled file by its content hash under assets/: a new build gives new names. */
const HASHED = `${sep}assets${sep}`;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML pages name the current hashed files: always asked again (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** The participant space (/moi and below) is its own page, apart from the staff application. */
const PARTICIPANT_PAGE = 'moi.html';
const isParticipantPath = (url: string): boolean => /^\/moi(?:[/?#]|$)/.test(url);

/**
 * Serves the built web app (apps/web/dist) when it is there: the build's Brotli and gzip copies
 * (`.br`, `.gz`) are chosen by the request's Accept-Encoding, so nothing is compressed per request.
 * Returns the SPA fallback for the not-found handler: the page a browser address gets (the
 * participant page for /moi/…, the staff one for everything else), or undefined without a build.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webDist: string | undefined,
): Promise<((url: string, reply: FastifyReply) => FastifyReply) | undefined> {
  if (webDist === undefined || !existsSync(join(webDist, 'index.html'))) return undefined;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes(HASHED) ? IMMUTABLE : REVALIDATE);
    },
  });
  const hasParticipantPage = existsSync(join(webDist, PARTICIPANT_PAGE));
  return (url, reply) =>
    reply
      .type('text/html')
      .sendFile(hasParticipantPage && isParticipantPath(url) ? PARTICIPANT_PAGE : 'index.html');
}
