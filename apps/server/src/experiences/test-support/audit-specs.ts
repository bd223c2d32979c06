import type { ParticipantDetail } from '@territoires/contracts';
import { participantPrincipal, staffPrincipal } from '../../auth/principal.js';
import { createExperience } from '../service.js';
import { createReflection } from '../../reflections/index.js';
import type { Services } from '../../services.js';
import type { Client } from '../../test-support/app.js';
import { anyId, own, write, type Spec } from '../../test-support/audit-specs.js';
import { multipart, png } from './factories.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import type { World } from '../../test-support/world.js';

interface Fixture {
  app: Parameters<typeof loginParticipant>[0];
  services: Services;
  world: World;
  referent: Client;
  fresh: () => Promise<ParticipantDetail>;
}

/**
 * The audit test's expectations (audit/audit.test.ts) for this domain's writes. The participant's own
 * writes are audited without a staff actor (actorId null), with `by: 'participant'`.
 */
export function experienceAuditSpecs(fixture: () => Fixture): Record<string, Spec> {
  const experienceOf = async (p: ParticipantDetail) => {
    const { services, world } = fixture();
    return createExperience(services, staffPrincipal(world.staff.referent), p.id, {
      kind: 'other',
      title: 'Une visite',
      occurredOn: '2026-03-30',
    });
  };
  const reflectionOf = async (p: ParticipantDetail) => {
    const { services, world } = fixture();
    return createReflection(services, staffPrincipal(world.staff.referent), p.id, {
      heldOn: '2026-03-31',
      experienceIds: [],
      objectiveIds: [],
    });
  };
  /** A fresh participant signed in on their phone. */
  const participantSession = async () => {
    const { app, referent, fresh } = fixture();
    const p = await fresh();
    const client = await loginParticipant(app, p.id, referent);
    return { p, as: { client, actorId: null } };
  };
  return {
    createExperience: {
      prepare: async () => {
        const p = await fixture().fresh();
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/participants/${p.id}/experiences`,
            payload: { kind: 'immersion', title: 'Au garage', occurredOn: '2026-03-30' },
          },
        };
      },
      expected: {
        action: 'experience.create',
        entityType: 'experience',
        entityId: own,
        before: null,
        after: { kind: 'immersion', title: 'Au garage', occurredOn: '2026-03-30', by: 'staff' },
      },
    },
    updateExperience: {
      prepare: async () => {
        const e = await experienceOf(await fixture().fresh());
        return {
          who: 'referent',
          options: {
            method: 'PATCH',
            url: `/api/experiences/${e.id}`,
            payload: { version: e.version, words: 'Ses mots' },
          },
        };
      },
      expected: {
        action: 'experience.update',
        entityType: 'experience',
        entityId: own,
        before: { words: null },
        after: { words: 'Ses mots' },
      },
    },
    uploadEvidence: {
      prepare: async () => {
        const e = await experienceOf(await fixture().fresh());
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/experiences/${e.id}/files`,
            ...multipart(await png(), 'photo.png', 'image/png'),
          },
        };
      },
      expected: {
        action: 'evidence.add',
        entityType: 'evidence_file',
        entityId: own,
        before: null,
        after: { mimeType: 'image/png', by: 'staff' },
      },
    },
    createReflection: {
      prepare: async () => {
        const p = await fixture().fresh();
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/participants/${p.id}/reflections`,
            payload: { heldOn: '2026-04-01', comment: 'Bien' },
          },
        };
      },
      expected: {
        action: 'reflection.create',
        entityType: 'reflection',
        entityId: own,
        before: null,
        after: { heldOn: '2026-04-01', comment: 'Bien' },
      },
    },
    updateReflection: {
      prepare: async () => {
        const r = await reflectionOf(await fixture().fresh());
        return {
          who: 'referent',
          options: {
            method: 'PATCH',
            url: `/api/reflections/${r.id}`,
            payload: { version: r.version, part: { learned: 'Les outils' } },
          },
        };
      },
      expected: {
        action: 'reflection.update',
        entityType: 'reflection',
        entityId: own,
        before: { learned: null },
        after: { learned: 'Les outils' },
      },
    },
    createMyExperience: {
      prepare: async () => {
        const { as } = await participantSession();
        return {
          who: 'referent',
          as,
          options: {
            method: 'POST',
            url: '/api/me/experiences',
            payload: { kind: 'volunteering', title: 'Aux Restos', occurredOn: '2026-03-29' },
          },
        };
      },
      expected: {
        action: 'experience.create',
        entityType: 'experience',
        entityId: own,
        before: null,
        after: { title: 'Aux Restos', createdByStaffId: null, by: 'participant' },
      },
    },
    uploadMyEvidence: {
      prepare: async () => {
        const { p, as } = await participantSession();
        const e = await experienceOf(p);
        return {
          who: 'referent',
          as,
          options: {
            method: 'POST',
            url: `/api/me/experiences/${e.id}/files`,
            ...multipart(await png(), 'photo.png', 'image/png'),
          },
        };
      },
      expected: {
        action: 'evidence.add',
        entityType: 'evidence_file',
        entityId: own,
        before: null,
        after: { mimeType: 'image/png', by: 'participant' },
      },
    },
    startMyReflection: {
      prepare: async () => {
        const { as } = await participantSession();
        return {
          who: 'referent',
          as,
          options: { method: 'POST', url: '/api/me/reflections', payload: {} },
        };
      },
      expected: {
        action: 'reflection.create',
        entityType: 'reflection',
        entityId: own,
        before: null,
        after: { heldOn: '2026-04-02', createdByStaffId: null },
      },
    },
    deleteReflection: {
      prepare: async () => {
        const r = await reflectionOf(await fixture().fresh());
        return { who: 'referent', options: write('deleteReflection', r.id, {}) };
      },
      expected: {
        action: 'reflection.delete',
        entityType: 'reflection',
        entityId: anyId,
        before: { heldOn: '2026-03-31', experienceIds: [] },
        after: { by: 'staff' },
      },
    },
    deleteMyReflection: {
      prepare: async () => {
        const { p, as } = await participantSession();
        const { services } = fixture();
        const r = await createReflection(
          services,
          participantPrincipal({ participantId: p.id, pseudonym: p.pseudonym }),
          p.id,
          { heldOn: '2026-03-31', experienceIds: [], objectiveIds: [] },
        );
        return { who: 'referent', as, options: write('deleteMyReflection', r.id, {}) };
      },
      expected: {
        action: 'reflection.delete',
        entityType: 'reflection',
        entityId: anyId,
        before: { createdByStaffId: null, experienceIds: [] },
        after: { by: 'participant' },
      },
    },
    writeMyReflection: {
      prepare: async () => {
        const { p, as } = await participantSession();
        const r = await reflectionOf(p);
        return {
          who: 'referent',
          as,
          options: {
            method: 'PUT',
            url: `/api/me/reflections/${r.id}`,
            payload: { version: r.version, felt: 'Fier' },
          },
        };
      },
      expected: {
        action: 'reflection.update',
        entityType: 'reflection',
        entityId: own,
        before: { felt: null },
        after: { felt: 'Fier' },
      },
    },
  };
}
