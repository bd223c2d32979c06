import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { installMultipart, readUpload } from '../files/upload.js';
import { acceptMyAward, recordAwardAcceptance } from './acceptance.js';
import {
  createAchievement,
  listAchievements,
  listIssuers,
  setAchievementImage,
  updateAchievement,
} from './achievements.js';
import { designerRoutes } from './designer-routes.js';
import { declineMyAward, myAwards, offerAward, participantAwards, revokeAward } from './awards.js';
import { badgeClaimRoutes } from './claims/routes.js';
import { issuerPages } from './issuer-pages.js';
import { myExpiringAwards } from './expiry.js';
import { awardVcJwt, myAwardVcJwt } from './vc-jwt.js';
import { badgeProposalRoutes } from './proposals/routes.js';
import { verifierRoutes } from './verifier/routes.js';
import { backpackRoutes } from './backpack/routes.js';
import { endorsementsRoutes } from './endorsements/index.js';
import { objectiveRoutes } from './objectives/routes.js';
import type { VerifierSetting } from './verifier/verify.js';

export async function badgesRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string; verifier?: VerifierSetting | undefined },
): Promise<void> {
  const { publicUrl } = options;
  route(app, options, 'listIssuers', ({ services, actor }) =>
    listIssuers(services, publicUrl, actor),
  );
  route(app, options, 'listAchievements', ({ services, actor }) =>
    listAchievements(services, publicUrl, actor),
  );
  route(app, options, 'createAchievement', ({ services, actor, body }) =>
    createAchievement(services, publicUrl, actor, body),
  );
  route(app, options, 'updateAchievement', ({ services, actor, params, body }) =>
    updateAchievement(services, publicUrl, actor, params.id, body),
  );
  route(app, options, 'participantAwards', ({ services, actor, params }) =>
    participantAwards(services, publicUrl, actor, params.id),
  );
  route(app, options, 'offerAward', ({ services, actor, params, body }) =>
    offerAward(services, publicUrl, actor, params.id, body.achievementId, {
      narrative: body.narrative,
      experienceId: body.experienceId,
      reflectionId: body.reflectionId,
    }),
  );
  route(app, options, 'recordAwardAcceptance', ({ services, actor, params, body }) =>
    recordAwardAcceptance(services, publicUrl, actor, params.id, body.name),
  );
  route(app, options, 'revokeAward', ({ services, actor, params, body }) =>
    revokeAward(services, publicUrl, actor, params.id, body.reason),
  );
  route(app, options, 'myAwards', ({ services, participant }) =>
    myAwards(services, publicUrl, participant),
  );
  route(app, options, 'acceptMyAward', ({ services, participant, params, body }) =>
    acceptMyAward(services, publicUrl, participant, params.id, body.name),
  );
  route(app, options, 'declineMyAward', ({ services, participant, params }) =>
    declineMyAward(services, publicUrl, participant, params.id),
  );
  route(app, options, 'awardVcJwt', ({ services, actor, params }) =>
    awardVcJwt(services, publicUrl, actor, params.id),
  );
  route(app, options, 'myAwardVcJwt', ({ services, participant, params }) =>
    myAwardVcJwt(services, publicUrl, participant, params.id),
  );
  route(app, options, 'myExpiringAwards', ({ services, participant }) =>
    myExpiringAwards(services, publicUrl, participant),
  );
  badgeClaimRoutes(app, options);
  badgeProposalRoutes(app, options);
  endorsementsRoutes(app, options);
  // Multipart parsing exists only in this scope: every other route keeps taking JSON alone.
  await app.register(async (scope) => {
    await installMultipart(scope);
    route(scope, options, 'uploadAchievementImage', ({ services, actor, params, request }) =>
      setAchievementImage(services, publicUrl, actor, params.id, () => readUpload(request)),
    );
  });
  designerRoutes(app, options);
  issuerPages(app, options.services, publicUrl);
  backpackRoutes(app, options, await verifierRoutes(app, options));
  objectiveRoutes(app, options);
}
