import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { searchRome } from './alignments/referentials.js';
import { generateAchievementImage, previewImage } from './images/service.js';

// The designer's routes (contracts: badge-designer-routes.ts). Drawing costs a few tens of
// milliseconds of a core: the drawing routes are rate limited per client.

export function designerRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string },
): void {
  const { publicUrl } = options;
  route(
    app,
    options,
    'generateAchievementImage',
    ({ services, actor, params, body }) =>
      generateAchievementImage(services, publicUrl, actor, params.id, body),
    { rateLimit: { max: 20, timeWindow: '1 minute' } },
  );
  // Any staff member may draw a preview or search the ROME: neither reads nor writes anyone's data.
  route(app, options, 'previewBadgeImage', ({ query }) => previewImage(query), {
    rateLimit: { max: 60, timeWindow: '1 minute' },
  });
  route(app, options, 'searchRome', ({ query }) => searchRome(query.q), {
    rateLimit: { max: 120, timeWindow: '1 minute' },
  });
}
