import type { ParticipantDetail, Role, SignContractBody } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { signContract } from '../pathway/index.js';
import type { Services } from '../services.js';
import {
  makeOrganisation,
  makeParticipant,
  makeStaff,
  registerOnActivity,
  type TestStaff,
} from './factories.js';

/**
 * Who is looking at participant files in the permission tests, one per role, named after the
 * relation that decides what they see:
 * - coordination: consortium coordination (another organisation): everything.
 * - coordinator: coordinateur of the organisation that follows the participants, NOT on their team:
 *   a colleague, who sees the file without sensitive criteria.
 * - referent: the référent who created them and is on their follow-up team: everything.
 * - partner_staff, org_admin: of the partner organisation whose activity they are registered on.
 * - evaluator: of the following organisation itself, to show the role, not the organisation, decides.
 * - funder: of a funding public body: aggregates only, nothing about one person.
 * - stranger: a référent of an unrelated organisation.
 */
export const VIEWERS = [
  'coordination',
  'coordinator',
  'referent',
  'partner_staff',
  'org_admin',
  'evaluator',
  'funder',
  'stranger',
] as const;
export type Viewer = (typeof VIEWERS)[number];

export interface World {
  following: string;
  partner: string;
  staff: Record<Viewer, TestStaff>;
  /** Another coordinateur of the following organisation, to assign to teams. */
  spareCoordinator: TestStaff;
}

export async function buildWorld(services: Services): Promise<World> {
  const { db } = services.database;
  const [following, partner, elsewhere, consortium, funding] = await Promise.all([
    makeOrganisation(db, { kind: 'consortium_member' }),
    makeOrganisation(db, { kind: 'consortium_member' }),
    makeOrganisation(db, { kind: 'partner_association' }),
    makeOrganisation(db, { kind: 'consortium_member' }),
    makeOrganisation(db, { kind: 'public_body' }),
  ]);
  const at = (role: Role, organisationId: string) => makeStaff(db, { role, organisationId });
  const [
    coordination,
    coordinator,
    referent,
    partnerStaff,
    orgAdmin,
    evaluator,
    stranger,
    spare,
    funder,
  ] = await Promise.all([
    at('coordination', consortium.id),
    at('coordinator', following.id),
    at('referent', following.id),
    at('partner_staff', partner.id),
    at('org_admin', partner.id),
    at('evaluator', following.id),
    at('referent', elsewhere.id),
    at('coordinator', following.id),
    at('funder', funding.id),
  ]);
  return {
    following: following.id,
    partner: partner.id,
    staff: {
      coordination,
      coordinator,
      referent,
      partner_staff: partnerStaff,
      org_admin: orgAdmin,
      evaluator,
      funder,
      stranger,
    },
    spareCoordinator: spare,
  };
}

export type Stage = 'outreach' | 'discovery' | 'contract';

export const contractBody = (
  version: number,
  staffId: string,
  overrides: Partial<SignContractBody> = {},
): SignContractBody => ({
  version,
  signedOn: '2026-03-01',
  plannedEndOn: '2027-03-01',
  coSigners: { participant: true, staffIds: [staffId] },
  objectives: ['Rédiger son CV', 'Découvrir un métier'],
  ...overrides,
});

/**
 * A participant followed by the world's référent, registered on an activity of the partner
 * organisation, at the given stage of the journey.
 */
export async function followedParticipant(
  services: Services,
  world: World,
  stage: Stage = 'discovery',
): Promise<ParticipantDetail> {
  const actor: Actor = world.staff.referent;
  const created = await makeParticipant(services, {
    actor,
    phase: stage === 'outreach' ? 'outreach' : 'discovery',
  });
  await registerOnActivity(services.database.db, world.partner, created.id);
  if (stage !== 'contract') return created;
  return signContract(services, actor, created.id, contractBody(created.version, actor.staffId));
}
