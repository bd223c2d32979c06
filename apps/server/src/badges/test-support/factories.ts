import type {
  Achievement,
  Award,
  CreateAchievementBody,
  RecipientName,
} from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import type { Services } from '../../services.js';
import { TEST_PUBLIC_URL } from '../../test-support/app.js';
import { recordAwardAcceptance } from '../acceptance.js';
import { createAchievement } from '../achievements.js';
import { offerAward } from '../awards.js';

/** A badge's fields, with overrides. */
export const achievementBody = (
  organisationId: string,
  overrides: Partial<CreateAchievementBody> = {},
): CreateAchievementBody => ({
  organisationId,
  name: 'Sécurité à l’atelier',
  description: 'Travaille en sécurité sur les machines du fablab.',
  criteria: 'A suivi la formation sécurité et utilisé deux machines sous le regard d’un animateur.',
  achievementType: 'ext:NonFormalLearning',
  tags: ['fablab', 'sécurité'],
  validityMonths: 24,
  imageAlt: 'Un casque jaune sur fond bleu',
  alignments: [],
  ...overrides,
});

/** A badge designed through the real service. */
export const makeAchievement = (
  services: Services,
  actor: Actor,
  organisationId: string,
  overrides: Partial<CreateAchievementBody> = {},
): Promise<Achievement> =>
  createAchievement(services, TEST_PUBLIC_URL, actor, achievementBody(organisationId, overrides));

export const offer = (
  services: Services,
  actor: Actor,
  participantId: string,
  achievementId: string,
): Promise<Award> => offerAward(services, TEST_PUBLIC_URL, actor, participantId, achievementId);

/** An award offered and accepted (the credential signed), recorded by `actor`. */
export async function acceptedAward(
  services: Services,
  actor: Actor,
  participantId: string,
  achievementId: string,
  name: RecipientName = { kind: 'pseudonym' },
): Promise<Award> {
  const offered = await offer(services, actor, participantId, achievementId);
  return recordAwardAcceptance(services, TEST_PUBLIC_URL, actor, offered.id, name);
}
