import { row, type Matrix } from '../../test-support/permission-cells.js';
import type { experienceRoutes } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { staffPrincipal } from '../../auth/principal.js';
import { createExperience } from '../service.js';
import { addEvidence } from '../evidence.js';
import { createReflection } from '../../reflections/index.js';
import type { Services } from '../../services.js';
import { multipart, png } from './factories.js';
import type { World } from '../../test-support/world.js';

interface Cell {
  params?: { id: string };
  body?: unknown;
  raw?: { payload: Buffer; headers: Record<string, string> };
}

interface Fixture {
  services: Services;
  world: World;
  participantId: string;
}

/**
 * Requests for the permission matrix (participants/permissions.test.ts), one per route of this
 * domain: each would succeed for someone allowed. Writes that need a fresh version get a fresh record.
 */
export function experienceCells(
  fixture: () => Fixture,
): Record<keyof typeof experienceRoutes, () => Promise<Cell>> {
  const experience = async () => {
    const { services, world, participantId } = fixture();
    return createExperience(services, staffPrincipal(world.staff.referent), participantId, {
      kind: 'other',
      title: 'Une visite',
      occurredOn: '2026-03-01',
    });
  };
  const upload = async () => multipart(await png(), 'photo.png', 'image/png');
  let file: Promise<string> | undefined;
  const sharedFile = () =>
    (file ??= (async () => {
      const { services, world } = fixture();
      const bytes = await png();
      const added = await addEvidence(
        services,
        staffPrincipal(world.staff.referent),
        (await experience()).id,
        () => Promise.resolve({ bytes, filename: 'p.png', mimetype: 'image/png' }),
      );
      return added.id;
    })());
  const id = () => fixture().participantId;
  const anyId = { params: { id: randomUUID() } };
  return {
    listExperiences: () => Promise.resolve({ params: { id: id() } }),
    createExperience: () =>
      Promise.resolve({
        params: { id: id() },
        body: { kind: 'volunteering', title: 'Bénévolat', occurredOn: '2026-03-02' },
      }),
    experienceSources: () => Promise.resolve({ params: { id: id() } }),
    updateExperience: async () => ({
      params: { id: (await experience()).id },
      body: { version: 1, words: 'Mes mots' },
    }),
    uploadEvidence: async () => ({ params: { id: (await experience()).id }, raw: await upload() }),
    downloadEvidence: async () => ({ params: { id: await sharedFile() } }),
    listReflections: () => Promise.resolve({ params: { id: id() } }),
    createReflection: () =>
      Promise.resolve({ params: { id: id() }, body: { heldOn: '2026-03-03' } }),
    updateReflection: async () => {
      const { services, world, participantId } = fixture();
      const reflection = await createReflection(
        services,
        staffPrincipal(world.staff.referent),
        participantId,
        {
          heldOn: '2026-03-03',
          experienceIds: [],
          objectiveIds: [],
        },
      );
      return { params: { id: reflection.id }, body: { version: 1, part: { did: 'Du pain' } } };
    },
    // An empty one held by the référent: only they delete it (others who read it get a 403).
    deleteReflection: async () => {
      const { services, world, participantId } = fixture();
      const reflection = await createReflection(
        services,
        staffPrincipal(world.staff.referent),
        participantId,
        { heldOn: '2026-03-04', experienceIds: [], objectiveIds: [] },
      );
      return { params: { id: reflection.id } };
    },
    listMyExperiences: () => Promise.resolve({}),
    createMyExperience: () =>
      Promise.resolve({ body: { kind: 'other', title: 'Chez moi', occurredOn: '2026-03-02' } }),
    uploadMyEvidence: async () => ({ ...anyId, raw: await upload() }),
    downloadMyEvidence: () => Promise.resolve(anyId),
    listMyReflections: () => Promise.resolve({}),
    startMyReflection: () => Promise.resolve({ body: {} }),
    getMyReflection: () => Promise.resolve(anyId),
    writeMyReflection: () => Promise.resolve({ ...anyId, body: { version: 1, did: 'x' } }),
    deleteMyReflection: () => Promise.resolve(anyId),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const experienceMatrix: Matrix<keyof ReturnType<typeof experienceCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  // Experiences, reflexivity times and their files: the participant's follow-up team and coordination only.
  listExperiences:    row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  createExperience:   row(401, 201,         403,        201,     404,    404,      404,      404,      404),
  experienceSources:  row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  updateExperience:   row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  uploadEvidence:     row(401, 201,         403,        201,     404,    404,      404,      404,      404),
  downloadEvidence:   row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  listReflections:    row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  createReflection:   row(401, 201,         403,        201,     404,    404,      404,      404,      404),
  updateReflection:   row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  // Its author only (here the référent who held it), while it is empty.
  deleteReflection:   row(401, 403,         403,        200,     404,    404,      404,      404,      404),
  // The participant's own space: a staff session is no participant session.
  listMyExperiences:  row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  createMyExperience: row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  uploadMyEvidence:   row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  downloadMyEvidence: row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  listMyReflections:  row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  startMyReflection:  row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  getMyReflection:    row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  writeMyReflection:  row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  deleteMyReflection: row(401, 401,         401,        401,     401,    401,      401,      401,      401),
};
