import { api, type EvidenceFile } from '@territoires/contracts';
import { buildUrl } from '../api/client.js';

/** Under the participant's key, so that a write on the file refreshes these too. */
export const experienceKeys = {
  experiences: (participantId: string) => ['participants', participantId, 'experiences'] as const,
  reflections: (participantId: string) => ['participants', participantId, 'reflections'] as const,
  sources: (participantId: string) =>
    ['participants', participantId, 'experience-sources'] as const,
  myExperiences: ['my-space', 'experiences'] as const,
  myReflections: ['my-space', 'reflections'] as const,
  myReflection: (id: string) => ['my-space', 'reflections', id] as const,
};

export type Audience = 'staff' | 'participant';

/** Evidence is served to a staff session or to the participant's own session, by two routes. */
export const fileUrl = (file: Pick<EvidenceFile, 'id'>, audience: Audience): string =>
  buildUrl((audience === 'staff' ? api.downloadEvidence : api.downloadMyEvidence).path, {
    id: file.id,
  });

/** Where "start a reflexivity time" leads, about the experiences named in `?experience=`. */
export const newReflectionPath = (experienceIds: string[]): string =>
  experienceIds.length === 0
    ? '/moi/reflexions/nouveau'
    : `/moi/reflexions/nouveau?${new URLSearchParams(experienceIds.map((id) => ['experience', id])).toString()}`;
