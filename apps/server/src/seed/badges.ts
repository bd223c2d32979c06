import type { CreateAchievementBody } from '@territoires/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  createAchievement,
  offerAward,
  recordAwardAcceptance,
  revokeAward,
} from '../badges/index.js';
import { participants } from '../db/schema.js';
import { seedEndorsements } from './endorsements.js';
import type { Services } from '../services.js';
import { demoAlignments, drawDemoImage } from './badge-art.js';
import type { OrganisationKey } from './personas.js';
import type { SeededReference } from './reference.js';

type Design = Omit<
  CreateAchievementBody,
  'organisationId' | 'tags' | 'validityMonths' | 'alignments'
> & {
  tags?: string[];
  validityMonths?: number | null;
};

/** A few badges per consortium member: what the programme recognises, in its own words. */
const BADGES: Partial<Record<OrganisationKey, Design[]>> = {
  wip: [
    {
      name: 'Sécurité au fablab',
      description: 'Utilise les machines du fablab en sécurité.',
      criteria: 'A suivi la formation sécurité et utilisé deux machines avec un animateur.',
      achievementType: 'ext:NonFormalLearning',
      imageAlt: 'Des lunettes de protection',
      tags: ['fablab', 'sécurité'],
      validityMonths: 24,
    },
  ],
  e2c: [
    {
      name: 'Ponctualité',
      description: 'Arrive à l’heure et prévient en cas d’empêchement.',
      criteria: 'Quatre semaines d’affilée sans retard non prévenu.',
      achievementType: 'Competency',
      imageAlt: 'Une horloge',
    },
    {
      name: 'Esprit d’équipe',
      description: 'Travaille avec les autres et les aide.',
      criteria: 'A mené un projet collectif jusqu’au bout.',
      achievementType: 'ext:InformalLearning',
      imageAlt: 'Trois mains réunies',
    },
  ],
  cravate: [
    {
      name: 'Prêt pour l’entretien',
      description: 'Se présente et parle de son parcours avec assurance.',
      criteria: 'A passé un entretien blanc complet.',
      achievementType: 'ext:NonFormalLearning',
      imageAlt: 'Une cravate',
    },
  ],
  aajb: [
    {
      name: 'Mains vertes',
      description: 'Sème, plante et entretient un jardin partagé.',
      criteria: 'Une saison au jardin partagé.',
      achievementType: 'ext:InformalLearning',
      imageAlt: 'Une pousse dans la terre',
    },
  ],
  cafe: [
    {
      name: 'Regard de spectateur',
      description: 'Partage son regard sur un film et écoute celui des autres.',
      criteria: 'A participé à une projection suivie d’un échange.',
      achievementType: 'ext:InformalLearning',
      imageAlt: 'Une bobine de film',
    },
  ],
  capsport: [
    {
      name: 'Engagement sportif',
      description: 'Vient au sport chaque semaine.',
      criteria: 'Dix séances en trois mois.',
      achievementType: 'CoCurricular',
      imageAlt: 'Une paire de baskets',
    },
  ],
};

/**
 * The demo's recognition: every badge designed by coordination for its organisation, and E2C's
 * "Ponctualité" in every state: offered, accepted (signed), revoked. Needs the issuer keys.
 */
export async function seedBadges(
  services: Services,
  publicUrl: string,
  reference: SeededReference,
): Promise<void> {
  const coordination = reference.actors.coordination;
  const made: Record<string, string> = {};
  for (const [key, designs] of Object.entries(BADGES)) {
    for (const design of designs) {
      const badge = await createAchievement(services, publicUrl, coordination, {
        organisationId: reference.organisationIds[key as OrganisationKey],
        tags: [],
        validityMonths: null,
        alignments: demoAlignments(design.name),
        ...design,
      });
      await drawDemoImage(services, publicUrl, coordination, badge);
      made[design.name] = badge.id;
    }
  }
  const followed = await services.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.organisationId, reference.organisationIds.e2c),
        inArray(participants.phase, ['discovery', 'accompaniment', 'insertion']),
      ),
    )
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(5);
  const punctuality = made.Ponctualité ?? '';
  const referent = reference.actors.referent;
  const held: string[] = [];
  for (const [index, { id }] of followed.entries()) {
    const award = await offerAward(services, publicUrl, referent, id, punctuality);
    if (index === 0) continue;
    const name = index % 2 === 0 ? ({ kind: 'none' } as const) : ({ kind: 'pseudonym' } as const);
    await recordAwardAcceptance(services, publicUrl, referent, award.id, name);
    if (index === 1)
      await revokeAward(services, publicUrl, referent, award.id, 'Attribué par erreur, pardon.');
    else held.push(award.id);
  }
  await seedEndorsements(services, publicUrl, reference, {
    achievementId: punctuality,
    awardId: held[0],
  });
}
