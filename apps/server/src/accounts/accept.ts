import type { AcceptInvitationBody, InvitationPreview } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/tokens.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { staff } from '../db/schema.js';
import { RuleViolationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { requireStrong } from './passwords.js';
import {
  addMemberships,
  findStaffByEmail,
  invitationByToken,
  organisationName,
  type InvitationRow,
} from './repository.js';
import { invitations } from './tables.js';

// The invited person's side: what the link offers, then accepting it (public: the token is the proof
// that they read the invitation's e-mail, or were handed the link).

const linkInvalid = () =>
  new RuleViolationError('account.link_invalid', 'This link is not valid any more.');

const usable = (row: InvitationRow | null, now: Date): row is InvitationRow =>
  row !== null && row.status === 'pending' && new Date(row.expiresAt) > now;

export async function previewInvitation(
  services: Services,
  token: string,
): Promise<InvitationPreview> {
  const { db } = services.database;
  const row = await invitationByToken(db, hashToken(token));
  if (!usable(row, services.clock())) throw linkInvalid();
  const organisation = await organisationName(db, row.organisationId);
  const account = await findStaffByEmail(db, row.email);
  return {
    email: row.email,
    organisationName: organisation?.name ?? '',
    roles: row.roles,
    existingAccount: account !== null && !account.disabled,
  };
}

/** A forwarded link must not add roles to someone's account: its owner types their password. */
async function requireOwner(passwordHash: string, currentPassword: string | undefined) {
  if (currentPassword && (await verifyPassword(passwordHash, currentPassword))) return;
  const code = currentPassword ? 'account.wrong_password' : 'account.details_required';
  throw new RuleViolationError(code, 'Your current password is needed.', undefined, [
    { path: 'currentPassword', code, message: 'Your current password.' },
  ]);
}

/** A new account (name and password), or a new membership on the account one already has. */
async function accountFor(tx: Tx, row: InvitationRow, body: AcceptInvitationBody) {
  const existing = await findStaffByEmail(tx, row.email);
  if (existing?.disabled) throw linkInvalid();
  if (existing) {
    await requireOwner(existing.passwordHash, body.currentPassword);
    return { id: existing.id, created: false };
  }
  if (!body.displayName || !body.password)
    throw new RuleViolationError(
      'account.details_required',
      'Name and password are needed.',
      undefined,
      [
        ...(body.displayName
          ? []
          : [{ path: 'displayName', code: 'account.details_required', message: 'Required.' }]),
        ...(body.password
          ? []
          : [{ path: 'password', code: 'account.details_required', message: 'Required.' }]),
      ],
    );
  await requireStrong(body.password, [row.email, body.displayName]);
  const [created] = await tx
    .insert(staff)
    .values({
      email: row.email,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  return { id: created.id, created: true };
}

export async function acceptInvitation(
  services: Services,
  body: AcceptInvitationBody,
): Promise<{ ok: true; email: string }> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const row = await invitationByToken(tx, hashToken(body.token), true);
    if (!usable(row, now)) throw linkInvalid();
    const account = await accountFor(tx, row, body);
    await addMemberships(tx, account.id, row.organisationId, row.roles);
    await tx
      .update(invitations)
      .set({ status: 'accepted', acceptedById: account.id, decidedAt: now.toISOString() })
      .where(eq(invitations.id, row.id));
    await recordAudit(
      tx,
      {
        actorId: account.id,
        action: 'invitation.accept',
        entityType: 'invitation',
        entityId: row.id,
        before: { status: 'pending' },
        after: { status: 'accepted', newAccount: account.created, roles: row.roles },
      },
      now,
    );
    return { ok: true as const, email: row.email };
  });
}
