import type {
  CreateInvitationBody,
  Invitation,
  InvitationState,
  SentInvitation,
} from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { recordAudit } from '../audit/record.js';
import { NotFoundError, RuleViolationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { plusDays } from '../time/index.js';
import { invitationLink, invitationMail } from './mails.js';
import { requireAccountsDesk, requireMayInvite, requireRunsInvitation } from './policy.js';
import {
  cancelPendingTo,
  invitationsOf,
  lockInvitation,
  organisationName,
  type InvitationRow,
} from './repository.js';
import { invitations, type InvitationDelivery } from './tables.js';

/** An invitation link works once, for a week. */
export const INVITATION_DAYS = 7;

export interface InvitationContext {
  publicUrl: string;
  log: (error: unknown) => void;
}

function stateOf(row: InvitationRow, now: Date): InvitationState {
  if (row.status === 'accepted' || row.status === 'cancelled') return row.status;
  if (new Date(row.expiresAt) <= now) return 'expired';
  return row.delivery;
}

const present = (
  row: InvitationRow,
  organisation: string,
  invitedBy: string,
  now: Date,
): Invitation => ({
  id: row.id,
  email: row.email,
  organisationId: row.organisationId,
  organisationName: organisation,
  roles: row.roles,
  state: stateOf(row, now),
  invitedBy,
  sentAt: new Date(row.sentAt).toISOString(),
  expiresAt: new Date(row.expiresAt).toISOString(),
});

export async function listInvitations(services: Services, actor: Actor): Promise<Invitation[]> {
  const scope = requireAccountsDesk(actor);
  const rows = await invitationsOf(services.database.db, scope === 'all' ? null : scope);
  const now = services.clock();
  return rows.map((r) => present(r.invitation, r.organisationName, r.invitedBy, now));
}

/**
 * Sends the link before anything is written: the invitation then records how it went out (sent,
 * failed to send, or no SMTP: a link for the administrator to hand over), in one transaction with
 * its audit event. A link whose write fails points to nothing.
 */
async function deliver(
  services: Services,
  context: InvitationContext,
  mail: { to: string; organisationName: string; invitedBy: string },
) {
  const token = newToken();
  const link = invitationLink(context.publicUrl, token);
  if (!services.mailer) return { token, link, delivery: 'link_only' as InvitationDelivery };
  try {
    await services.mailer.send(invitationMail({ ...mail, link }));
    return { token, link: null, delivery: 'sent' as InvitationDelivery };
  } catch (error) {
    context.log(error);
    return { token, link: null, delivery: 'send_failed' as InvitationDelivery };
  }
}

export async function createInvitation(
  services: Services,
  actor: Actor,
  body: CreateInvitationBody,
  context: InvitationContext,
): Promise<SentInvitation> {
  requireMayInvite(actor, body.organisationId, body.roles);
  const { db } = services.database;
  const organisation = await organisationName(db, body.organisationId);
  if (!organisation) throw new NotFoundError('Organisation');
  const sent = await deliver(services, context, {
    to: body.email,
    organisationName: organisation.name,
    invitedBy: actor.displayName,
  });
  const now = services.clock();
  const row = await db.transaction(async (tx) => {
    const replaced = await cancelPendingTo(tx, body.email, body.organisationId, now.toISOString());
    const [created] = await tx
      .insert(invitations)
      .values({
        email: body.email,
        organisationId: body.organisationId,
        roles: body.roles,
        tokenHash: hashToken(sent.token),
        delivery: sent.delivery,
        invitedById: actor.staffId,
        sentAt: now.toISOString(),
        expiresAt: plusDays(now, INVITATION_DAYS).toISOString(),
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'invitation.create',
        entityType: 'invitation',
        entityId: created.id,
        after: {
          organisationId: body.organisationId,
          roles: body.roles,
          delivery: sent.delivery,
          replaced: replaced.length,
        },
      },
      now,
    );
    return created;
  });
  return {
    invitation: present(row, organisation.name, actor.displayName, now),
    link: sent.link,
  };
}

const closed = () =>
  new RuleViolationError('account.invitation_closed', 'This invitation is closed.');

export async function resendInvitation(
  services: Services,
  actor: Actor,
  id: string,
  context: InvitationContext,
): Promise<SentInvitation> {
  const { db } = services.database;
  const [existing] = await invitationsOf(db, null, id);
  if (!existing) throw new NotFoundError('Invitation');
  requireRunsInvitation(actor, existing.invitation);
  if (existing.invitation.status !== 'pending') throw closed();
  const sent = await deliver(services, context, {
    to: existing.invitation.email,
    organisationName: existing.organisationName,
    invitedBy: actor.displayName,
  });
  const now = services.clock();
  const row = await db.transaction(async (tx) => {
    const locked = await lockInvitation(tx, id);
    if (!locked || locked.status !== 'pending') throw closed();
    const [updated] = await tx
      .update(invitations)
      .set({
        tokenHash: hashToken(sent.token),
        delivery: sent.delivery,
        sentAt: now.toISOString(),
        expiresAt: plusDays(now, INVITATION_DAYS).toISOString(),
      })
      .where(eq(invitations.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'invitation.resend',
        entityType: 'invitation',
        entityId: id,
        before: { delivery: locked.delivery },
        after: { delivery: sent.delivery },
      },
      now,
    );
    return updated;
  });
  return {
    invitation: present(row, existing.organisationName, existing.invitedBy, now),
    link: sent.link,
  };
}

export async function cancelInvitation(
  services: Services,
  actor: Actor,
  id: string,
): Promise<Invitation> {
  const { db } = services.database;
  const now = services.clock();
  const [existing] = await invitationsOf(db, null, id);
  if (!existing) throw new NotFoundError('Invitation');
  requireRunsInvitation(actor, existing.invitation);
  const row = await db.transaction(async (tx) => {
    const locked = await lockInvitation(tx, id);
    if (!locked || locked.status !== 'pending') throw closed();
    const [updated] = await tx
      .update(invitations)
      .set({ status: 'cancelled', decidedAt: now.toISOString() })
      .where(eq(invitations.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'invitation.cancel',
        entityType: 'invitation',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'cancelled' },
      },
      now,
    );
    return updated;
  });
  return present(row, existing.organisationName, existing.invitedBy, now);
}
