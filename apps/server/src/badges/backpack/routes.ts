import type { FastifyInstance, FastifyReply } from 'fastify';
import { hashToken } from '../../auth/tokens.js';
import { readKey } from '../../db/read-cache.js';
import { cachedOwnRead } from '../../db/version-cache.js';
import { route, type RouteOptions } from '../../http/route.js';
import type { Verifier } from '../verifier/verify.js';
import {
  myBackpack,
  setMyAwardVisibility,
  shareMyAward,
  shareUrl,
  stopSharingMyAward,
} from './service.js';
import { sharePage, UNKNOWN_SHARE_PAGE } from './share-page.js';
import { shareQrSvg } from './share-qr.js';
import { sharedBadge } from './shared.js';
import { myAwardFile, myBadgesZip } from './downloads.js';
import { myPortfolio } from './portfolio.js';

/** An employer opens a link or two; guessing 256-bit tokens is hopeless, the limit spares the server. */
const SHARE_LIMIT = { rateLimit: { max: 120, timeWindow: '1 minute' } };

const unknown = (reply: FastifyReply) =>
  reply
    .status(404)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(UNKNOWN_SHARE_PAGE);

export function backpackRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string },
  verifier: Verifier,
): void {
  const { publicUrl, services } = options;
  route(app, options, 'myBackpack', ({ participant }) =>
    myBackpack(services, publicUrl, participant),
  );
  route(app, options, 'shareMyAward', ({ participant, params, body }) =>
    shareMyAward(services, publicUrl, participant, params.id, body.showEvidence),
  );
  route(app, options, 'stopSharingMyAward', ({ participant, params }) =>
    stopSharingMyAward(services, publicUrl, participant, params.id),
  );
  route(app, options, 'setMyAwardVisibility', ({ participant, params, body }) =>
    setMyAwardVisibility(services, publicUrl, participant, params.id, body.hidden),
  );

  route(app, options, 'myAwardFile', ({ participant, params, reply }) =>
    myAwardFile(services, publicUrl, participant, params.id, params.format, reply),
  );
  route(app, options, 'myPortfolio', ({ participant }) =>
    myPortfolio(services, publicUrl, participant),
  );
  route(app, options, 'myBadgesZip', ({ participant, reply }) =>
    myBadgesZip(services, publicUrl, participant, reply),
  );

  // The pages an employer reads: outside /api and the manifest, like the issuers' pages.
  app.get<{ Params: { token: string } }>(
    '/partage/:token',
    { config: SHARE_LIMIT },
    async (request, reply) => {
      const { token } = request.params;
      // Reused until the next write (stopping, hiding, revoking are writes), a second at most: on
      // PGlite this process counts them, on PostgreSQL every writer bumps read_versions (ADR 0028).
      const key = readKey('badges.share-page', hashToken(token), {});
      const page = await cachedOwnRead(services.database, key, services.clock(), async () => {
        const shared = await sharedBadge(services, publicUrl, token);
        if (!shared) return undefined;
        const self = shareUrl(publicUrl, token);
        const [{ verification }, qrSvg] = await Promise.all([
          verifier.verify(shared.view.award.credential),
          shareQrSvg(self),
        ]);
        return sharePage(shared, verification, { self, qrSvg });
      });
      if (page === undefined) return unknown(reply);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
    },
  );
  app.get<{ Params: { token: string } }>(
    '/partage/:token/badge.json',
    { config: SHARE_LIMIT },
    async (request, reply) => {
      const shared = await sharedBadge(services, publicUrl, request.params.token);
      if (!shared) return unknown(reply);
      return reply
        .type('application/json')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="badge.json"')
        .send(JSON.stringify(shared.view.award.credential));
    },
  );
}
