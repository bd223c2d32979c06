import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../../test-support/permission-cells.js';
import { makeAchievement } from '../../test-support/factories.js';
import { endorseBody, invitationToken } from './factories.js';

type EndorsementRoute =
  | 'endorsementChoices'
  | 'createEndorsementInvitation'
  | 'createMyEndorsementInvitation'
  | 'previewEndorsementInvitation'
  | 'endorseByInvitation'
  | 'endorseAsOrganisation'
  | 'myEndorsements'
  | 'acceptMyEndorsement'
  | 'declineMyEndorsement';

/** Requests for the permission matrix (participants/permissions.test.ts): endorsements. */
export function endorsementsCells(f: () => CellFixture): Cells<EndorsementRoute> {
  const badgeOf = (organisationId: string) =>
    makeAchievement(f().services, f().world.staff.coordination, organisationId);
  const token = async () => {
    const badge = await badgeOf(f().world.following);
    return invitationToken(f().services, f().world.staff.coordination, {
      kind: 'achievement',
      id: badge.id,
    });
  };
  const anyId = { params: { id: '00000000-0000-4000-8000-000000000000' } };
  return {
    endorsementChoices: () => Promise.resolve({}),
    createEndorsementInvitation: async () => ({
      body: { kind: 'achievement', id: (await badgeOf(f().world.following)).id },
    }),
    createMyEndorsementInvitation: () => Promise.resolve({ ...anyId, body: {} }),
    previewEndorsementInvitation: async () => ({ params: { token: await token() } }),
    endorseByInvitation: async () => ({ params: { token: await token() }, body: endorseBody() }),
    endorseAsOrganisation: async () => ({
      body: {
        target: { kind: 'achievement', id: (await badgeOf(f().world.partner)).id },
        organisationId: f().world.following,
        comment: 'Un badge sérieux, que nous reconnaissons.',
      },
    }),
    myEndorsements: () => Promise.resolve({}),
    acceptMyEndorsement: () => Promise.resolve({ ...anyId, body: {} }),
    declineMyEndorsement: () => Promise.resolve({ ...anyId, body: {} }),
  };
}

// Endorsements: those who speak for the issuing organisation invite for its badges; those who speak
// for a consortium member endorse another member's badge in its name; anyone with a link endorses;
// the earner's own routes are theirs alone (a staff cookie is not a participant session).
// prettier-ignore
export const endorsementsMatrix: Matrix<EndorsementRoute> = {
  //                              anon coordination coordinator referent partner org_admin evaluator funder stranger
  endorsementChoices:            row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  createEndorsementInvitation:   row(401, 201, 201, 201, 403, 403, 403, 403, 403),
  createMyEndorsementInvitation: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  previewEndorsementInvitation:  row(200, 200, 200, 200, 200, 200, 200, 200, 200),
  endorseByInvitation:           row(201, 201, 201, 201, 201, 201, 201, 201, 201),
  endorseAsOrganisation:         row(401, 201, 201, 201, 403, 403, 403, 403, 403),
  myEndorsements:                row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  acceptMyEndorsement:           row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  declineMyEndorsement:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
};
