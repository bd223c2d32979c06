import {
  ENDORSEMENT_INVITATION_DAYS,
  type CreatedInvitation,
  type EndorsementTarget,
  type EndorsementInvitationPreview,
} from '@territoires/contracts';
import { recordAudit } from '../../audit/record.js';
import type { Actor, ParticipantActor } from '../../auth/actor.js';
import { endorsable, type Endorsable } from '../endorsable.js';
import type { Db, Tx } from '../../db/database.js';
import { organisationFacts } from '../../organisations/index.js';
import { levelFor } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { iso } from '../../time/index.js';
import {
  InvitationClosedError,
  InvitationUnknownError,
  invitationHash,
  newInvitationToken,
  UnknownTargetError,
} from './codes.js';
import { requireInvite, requireOwnEndorsement } from './policy.js';
import { invitationByHash } from './repository.js';
import { endorsementInvitations } from './tables.js';

// Invitation links (issue 18): the earner or staff send one to a company contact, an organisation or a
// person, who endorses without an account. The token is in the link's fragment (never in a server
// log); the database keeps its hash. 30 days, once.

const DAY_MS = 86_400_000;

/** Where the invited person lands: the participant space's light pages, readable on any phone. */
export const invitationUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/moi/recommander#${token}`;

export async function requireTarget(
  db: Db | Tx,
  publicUrl: string,
  target: EndorsementTarget,
): Promise<Endorsable> {
  const found = await endorsable(db, publicUrl, target);
  if (!found) throw new UnknownTargetError();
  return found;
}

async function insertInvitation(
  tx: Tx,
  services: Services,
  publicUrl: string,
  target: EndorsementTarget,
  by: { staffId: string } | { participantId: string },
): Promise<CreatedInvitation> {
  const now = services.clock();
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + ENDORSEMENT_INVITATION_DAYS * DAY_MS);
  const [row] = await tx
    .insert(endorsementInvitations)
    .values({
      tokenHash: invitationHash(token),
      targetKind: target.kind,
      targetId: target.id,
      createdByStaffId: 'staffId' in by ? by.staffId : null,
      createdByParticipantId: 'participantId' in by ? by.participantId : null,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .returning({ id: endorsementInvitations.id });
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(
    tx,
    {
      actorId: 'staffId' in by ? by.staffId : null,
      action: 'endorsement_invitation.create',
      entityType: 'endorsement_invitation',
      entityId: row.id,
      before: null,
      after: { target: target.kind },
    },
    now,
  );
  return { url: invitationUrl(publicUrl, token), expiresAt: expiresAt.toISOString() };
}

/** Staff: for their organisation's badge or issuer identity, or a badge of a person they follow. */
export async function createInvitation(
  services: Services,
  publicUrl: string,
  actor: Actor,
  target: EndorsementTarget,
): Promise<CreatedInvitation> {
  return services.database.db.transaction(async (tx) => {
    const found = await requireTarget(tx, publicUrl, target);
    const issuer = (await organisationFacts(tx, [found.organisationId])).get(found.organisationId);
    if (!issuer) throw new UnknownTargetError();
    const level =
      found.participantId === null ? null : await levelFor(tx, actor, found.participantId);
    requireInvite(actor, {
      kind: target.kind,
      issuer: { organisationId: issuer.id, kind: issuer.kind },
      level,
    });
    return insertInvitation(tx, services, publicUrl, target, { staffId: actor.staffId });
  });
}

/** The earner, for one of their own signed badges. */
export async function createMyInvitation(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
): Promise<CreatedInvitation> {
  return services.database.db.transaction(async (tx) => {
    const target: EndorsementTarget = { kind: 'award', id: awardId };
    const found = await requireTarget(tx, publicUrl, target);
    requireOwnEndorsement(participant.participantId, found.participantId);
    return insertInvitation(tx, services, publicUrl, target, {
      participantId: participant.participantId,
    });
  });
}

/** The invitation, still open: unknown, used and expired links say which. */
export async function openInvitation(db: Db | Tx, token: string, now: Date) {
  const invitation = await invitationByHash(db, invitationHash(token));
  if (!invitation) throw new InvitationUnknownError();
  if (invitation.usedAt !== null) throw new InvitationClosedError('used');
  if (new Date(invitation.expiresAt) <= now) throw new InvitationClosedError('expired');
  return invitation;
}

export async function previewInvitation(
  services: Services,
  publicUrl: string,
  token: string,
): Promise<EndorsementInvitationPreview> {
  const { db } = services.database;
  const invitation = await openInvitation(db, token, services.clock());
  const found = await requireTarget(db, publicUrl, {
    kind: invitation.targetKind,
    id: invitation.targetId,
  });
  return {
    target: {
      kind: found.target.kind,
      name: found.name,
      description: found.description,
      issuerName: found.issuerName,
      imageUrl: found.imageUrl,
      imageAlt: found.imageAlt,
      recipientName: found.recipientName,
    },
    expiresAt: iso(invitation.expiresAt),
  };
}
