import type { EndorseBody, Endorsement, OrganisationEndorsementBody } from '@territoires/contracts';
import type { Profile } from '@territoires/open-badges';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record.js';
import type { Actor } from '../../auth/actor.js';
import type { Endorsable } from '../endorsable.js';
import { ensureIssuer, issuerProfile } from '../issuers.js';
import type { Tx } from '../../db/database.js';
import { ValidationError } from '../../errors/index.js';
import { organisationFacts } from '../../organisations/index.js';
import { recordParticipantEvent } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { InvitationClosedError, UnknownTargetError } from './codes.js';
import { openInvitation, requireTarget } from './invitations.js';
import { requireEndorseAs } from './policy.js';
import { presentEndorsement } from './presenter.js';
import { endorsementViews } from './repository.js';
import { endorserProfile, signEndorsement } from './sign.js';
import { endorsementInvitations, endorsements, endorsers } from './tables.js';

interface Signed {
  target: Endorsable;
  comment: string;
  issuer: Profile;
  endorserId: string | null;
  organisationId: string | null;
  invitationId: string | null;
  actorId: string | null;
}

/**
 * Signs and stores the endorsement. One of an award waits for its earner's answer (and lands on their
 * timeline); one of a badge or an issuer stands at once. The comment is never audited.
 */
async function store(tx: Tx, services: Services, s: Signed): Promise<Endorsement> {
  const now = services.clock();
  const credential = await signEndorsement(services, s.issuer, s.target, s.comment);
  const status = s.target.target.kind === 'award' ? 'pending' : 'accepted';
  const [row] = await tx
    .insert(endorsements)
    .values({
      targetKind: s.target.target.kind,
      targetId: s.target.target.id,
      endorserId: s.endorserId,
      organisationId: s.organisationId,
      invitationId: s.invitationId,
      comment: s.comment,
      credential,
      status,
      createdAt: now.toISOString(),
    })
    .returning({ id: endorsements.id });
  if (!row) throw new Error('insert returned nothing');
  const audit = {
    action: 'endorsement.create',
    entityType: 'endorsement',
    entityId: row.id,
    before: null,
    after: { target: s.target.target.kind, status, by: s.endorserId ? 'person' : 'organisation' },
  };
  if (s.target.participantId === null) await recordAudit(tx, { actorId: s.actorId, ...audit }, now);
  else
    await recordParticipantEvent(
      tx,
      {
        participantId: s.target.participantId,
        actorId: s.actorId,
        kind: 'endorsement_received',
        data: { endorsementId: row.id, awardId: s.target.target.id },
        audit,
        signOfLife: false,
      },
      now,
    );
  const [view] = await endorsementViews(tx, { ids: [row.id] });
  if (!view) throw new Error('endorsement not found after insert');
  return presentEndorsement(view);
}

/** Without an account: the hosted profile is made, then the endorsement signed under it; the link is spent. */
export async function endorseByInvitation(
  services: Services,
  publicUrl: string,
  token: string,
  body: EndorseBody,
): Promise<Endorsement> {
  return services.database.db.transaction(async (tx) => {
    const now = services.clock();
    const invitation = await openInvitation(tx, token, now);
    const spent = await tx
      .update(endorsementInvitations)
      .set({ usedAt: now.toISOString() })
      .where(
        and(eq(endorsementInvitations.id, invitation.id), isNull(endorsementInvitations.usedAt)),
      )
      .returning({ usedAt: endorsementInvitations.usedAt });
    // Two people on one link at once: the second reads it used.
    if (spent.length !== 1) throw new InvitationClosedError('used');
    const target = await requireTarget(tx, publicUrl, {
      kind: invitation.targetKind,
      id: invitation.targetId,
    });
    const [endorser] = await tx
      .insert(endorsers)
      .values({
        name: body.name,
        organisation: body.organisation ?? null,
        role: body.role ?? null,
        url: body.url ?? null,
        createdAt: now.toISOString(),
      })
      .returning();
    if (!endorser) throw new Error('insert returned nothing');
    return store(tx, services, {
      target,
      comment: body.comment,
      issuer: endorserProfile(publicUrl, endorser),
      endorserId: endorser.id,
      organisationId: null,
      invitationId: invitation.id,
      actorId: null,
    });
  });
}

/** A consortium member endorses another member's badge or issuer, signed by its own issuer key. */
export async function endorseAsOrganisation(
  services: Services,
  publicUrl: string,
  actor: Actor,
  body: OrganisationEndorsementBody,
): Promise<Endorsement> {
  return services.database.db.transaction(async (tx) => {
    const endorser = (await organisationFacts(tx, [body.organisationId])).get(body.organisationId);
    if (!endorser) throw new UnknownTargetError();
    requireEndorseAs(actor, { organisationId: endorser.id, kind: endorser.kind });
    if (body.target.kind === 'award')
      throw new ValidationError(
        'endorsements.unknown_target',
        'Organisations endorse badges and issuers; a person’s badge is endorsed through an invitation.',
      );
    const target = await requireTarget(tx, publicUrl, body.target);
    if (target.organisationId === endorser.id)
      throw new ValidationError(
        'endorsements.own_badge',
        'An organisation does not endorse its own.',
      );
    const issuer = await ensureIssuer(tx, publicUrl, endorser.id);
    if (!issuer) throw new UnknownTargetError();
    return store(tx, services, {
      target,
      comment: body.comment,
      issuer: issuerProfile(issuer),
      endorserId: null,
      organisationId: endorser.id,
      invitationId: null,
      actorId: actor.staffId,
    });
  });
}
