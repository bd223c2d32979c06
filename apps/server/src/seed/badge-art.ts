import type { AlignmentInput, BadgeTemplate } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { generateAchievementImage } from '../badges/index.js';
import { noFileStorage } from '../files/storage.js';
import type { Services } from '../services.js';

// The demo badges' generated images and alignments (the badge designer, issue 16), by badge name:
// a newcomer sees finished badges on first start.

interface Art {
  template: Omit<BadgeTemplate, 'title'>;
  alt: string;
  alignments: AlignmentInput[];
}

const ART: Record<string, Art> = {
  'Sécurité au fablab': {
    template: { shape: 'ecusson', background: '#1d4ed8', accent: '#fbbf24', pictogram: 'securite' },
    alt: 'Écusson bleu avec un bouclier de sécurité',
    alignments: [
      { kind: 'thematique', code: 'remobilisation--activites-sportives-et-culturelles' },
    ],
  },
  Ponctualité: {
    template: { shape: 'cercle', background: '#065f46', accent: '#d1fae5', pictogram: 'horloge' },
    alt: 'Cercle vert avec une horloge',
    alignments: [{ kind: 'thematique', code: 'trouver-un-emploi--maintien-dans-lemploi' }],
  },
  'Esprit d’équipe': {
    template: { shape: 'hexagone', background: '#7c3aed', accent: '#f472b6', pictogram: 'groupe' },
    alt: 'Hexagone violet avec un groupe de personnes',
    alignments: [{ kind: 'thematique', code: 'remobilisation--lien-social' }],
  },
  'Prêt pour l’entretien': {
    template: {
      shape: 'ruban',
      background: '#b91c1c',
      accent: '#fde68a',
      pictogram: 'poignee-de-main',
    },
    alt: 'Rosette rouge avec une poignée de main',
    alignments: [
      { kind: 'thematique', code: 'trouver-un-emploi--convaincre-un-recruteur-en-entretien' },
    ],
  },
  'Mains vertes': {
    template: { shape: 'cercle', background: '#fde68a', accent: '#15803d', pictogram: 'jardin' },
    alt: 'Cercle jaune avec une pousse',
    alignments: [{ kind: 'rome', code: 'A1203' }],
  },
  'Engagement sportif': {
    template: { shape: 'ecusson', background: '#0f766e', accent: '#fb923c', pictogram: 'sport' },
    alt: 'Écusson turquoise avec un haltère',
    alignments: [
      { kind: 'thematique', code: 'remobilisation--activites-sportives-et-culturelles' },
    ],
  },
};

/** The demo design's alignments, if it has some. */
export const demoAlignments = (name: string): AlignmentInput[] => ART[name]?.alignments ?? [];

/** Draws the demo badge's image, if the demo has one for it. */
export async function drawDemoImage(
  services: Services,
  publicUrl: string,
  actor: Actor,
  badge: { id: string; name: string },
): Promise<void> {
  const art = ART[badge.name];
  // Seeded without a file storage (tests), the badges stay without images.
  if (art === undefined || services.files === noFileStorage) return;
  await generateAchievementImage(services, publicUrl, actor, badge.id, {
    ...art.template,
    title: badge.name,
    imageAlt: art.alt,
  });
}
