import type { Achievement } from '@territoires/contracts';
import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { makeAchievement } from './factories.js';

// The designer's routes in the global completeness tests (image generation, preview, ROME search).

type DesignerRoute = 'generateAchievementImage' | 'previewBadgeImage' | 'searchRome';

export const template = {
  shape: 'ecusson',
  background: '#1d4ed8',
  accent: '#fbbf24',
  pictogram: 'poignee-de-main',
  title: 'Accueil',
} as const;
export const generateBody = { ...template, imageAlt: 'Un écusson bleu, une poignée de main' };

export function designerCells(f: () => CellFixture): Cells<DesignerRoute> {
  const fresh = (): Promise<Achievement> =>
    makeAchievement(f().services, f().world.staff.coordinator, f().world.following);
  return {
    generateAchievementImage: async () => ({
      params: { id: (await fresh()).id },
      body: generateBody,
    }),
    previewBadgeImage: () => Promise.resolve({ query: { ...template } }),
    searchRome: () => Promise.resolve({ query: { q: 'cuisine' } }),
  };
}

// Generating is designing (the issuing organisation's staff, coordination); a preview and the ROME
// search read nobody's data: every staff member.
// prettier-ignore
export const designerMatrix: Matrix<DesignerRoute> = {
  //                         anon coordination coordinator referent partner org_admin evaluator funder stranger
  generateAchievementImage: row(401, 200, 200, 200, 403, 403, 403, 403, 403),
  previewBadgeImage:        row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  searchRome:               row(401, 200, 200, 200, 200, 200, 200, 200, 200),
};

export function designerAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    generateAchievementImage: {
      prepare: async () => {
        const { services, world } = get();
        const badge = await makeAchievement(services, world.staff.referent, world.following);
        return {
          who: 'referent',
          options: write('generateAchievementImage', badge.id, generateBody),
        };
      },
      expected: {
        action: 'achievement.update',
        entityType: 'achievement',
        entityId: own,
        before: { hasImage: false },
        after: { hasImage: true },
      },
    },
  };
}
