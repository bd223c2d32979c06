import { z } from 'zod';
import {
  badgeTemplateSchema,
  generateImageBodySchema,
  imagePreviewSchema,
  romeJobSchema,
  romeSearchQuerySchema,
} from './badge-designer.js';
import { achievementSchema } from './badges.js';
import { idParamsSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// The badge designer's routes: the generated image, its preview, the ROME search (the upload of a
// PNG or an SVG is badges.ts's uploadAchievementImage).

export const badgeDesignerRoutes = {
  generateAchievementImage: {
    method: 'POST',
    path: '/api/badges/achievements/:id/image/generated',
    summary: "Generate the badge's image from a template (shape, colours, pictogram, title)",
    tag: 'badges',
    params: idParamsSchema,
    body: generateImageBodySchema,
    response: achievementSchema,
  },
  previewBadgeImage: {
    method: 'GET',
    path: '/api/badges/image-preview',
    summary: 'The image a template makes, not stored (the designer shows it as it changes)',
    tag: 'badges',
    query: badgeTemplateSchema,
    response: imagePreviewSchema,
  },
  searchRome: {
    method: 'GET',
    path: '/api/badges/rome',
    summary: 'ROME jobs whose name or job titles match (at most 20)',
    tag: 'badges',
    query: romeSearchQuerySchema,
    response: z.array(romeJobSchema),
  },
} as const satisfies Record<string, RouteContract>;
