import type { ChangePasswordBody, ResetLink, ResetPasswordBody } from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { deleteSessionsOf } from '../auth/repository.js';
import { passwordStrength } from '../auth/strength.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { staff } from '../db/schema.js';
import { RuleViolationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { resetLink, resetMail } from './mails.js';
import { requireRunsAccount } from './policy.js';
import {
  findStaff,
  findStaffByEmail,
  lockStaff,
  membershipRows,
  resetByToken,
} from './repository.js';
import type { SessionEnder } from './service.js';
import { passwordResets } from './tables.js';

/** A reset link works once, for an hour. */
export const RESET_MINUTES = 60;

/** Refused below the estimator's score 3, with its advice in French (auth/strength.ts). */
export async function requireStrong(password: string, inputs: readonly string[]): Promise<void> {
  const strength = await passwordStrength(password, inputs);
  if (strength.ok) return;
  throw new RuleViolationError(
    'account.password_weak',
    'This password is too easy to guess.',
    { score: strength.score, advice: strength.advice },
    [{ path: 'password', code: 'account.password_weak', message: strength.advice.join(' ') }],
  );
}

const linkInvalid = () =>
  new RuleViolationError('account.link_invalid', 'This link is not valid any more.');

/** Stores a new reset token for the account; the token itself only goes into the link. */
async function issueReset(tx: Tx, staffId: string, by: string | null, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
  await tx.insert(passwordResets).values({
    tokenHash: hashToken(token),
    staffId,
    createdById: by,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/**
 * "Mot de passe oublié ?": the same answer whether or not the account exists (or is active); the
 * e-mail goes out after the answer, so the answer's timing does not tell either.
 */
export async function forgotPassword(
  services: Services,
  email: string,
  context: { publicUrl: string; mayMail: (email: string) => boolean; log: (e: unknown) => void },
): Promise<{ ok: true }> {
  const { db } = services.database;
  const account = await findStaffByEmail(db, email);
  if (!account || account.disabled || !services.mailer || !context.mayMail(email))
    return { ok: true };
  const now = services.clock();
  const { token } = await db.transaction(async (tx) => {
    const issued = await issueReset(tx, account.id, null, now);
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'account.password_reset_request',
        entityType: 'staff',
        entityId: account.id,
        after: { by: 'email' },
      },
      now,
    );
    return issued;
  });
  const message = resetMail({ to: account.email, link: resetLink(context.publicUrl, token) });
  void services.mailer.send(message).catch(context.log);
  return { ok: true };
}

/** An administrator's reset link, to hand over when e-mail is not available. */
export async function createResetLink(
  services: Services,
  actor: Actor,
  staffId: string,
  publicUrl: string,
): Promise<ResetLink> {
  const { db } = services.database;
  const target = await findStaff(db, staffId);
  requireRunsAccount(actor, { memberships: target ? await membershipRows(db, [staffId]) : [] });
  if (!target || target.disabled) throw linkInvalid();
  const now = services.clock();
  return db.transaction(async (tx) => {
    const { token, expiresAt } = await issueReset(tx, staffId, actor.staffId, now);
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'account.reset_link',
        entityType: 'staff',
        entityId: staffId,
        after: { by: 'administrator' },
      },
      now,
    );
    return { link: resetLink(publicUrl, token), expiresAt: expiresAt.toISOString() };
  });
}

/** Sets the password from a reset link: single use, within the hour; every session ends. */
export async function resetPassword(
  services: Services,
  body: ResetPasswordBody,
  sessions: SessionEnder,
): Promise<{ ok: true }> {
  const now = services.clock();
  const tokenHash = hashToken(body.token);
  const staffId = await services.database.db.transaction(async (tx) => {
    const reset = await resetByToken(tx, tokenHash);
    if (!reset || reset.usedAt !== null || new Date(reset.expiresAt) <= now) throw linkInvalid();
    const account = await lockStaff(tx, reset.staffId);
    if (!account || account.disabled) throw linkInvalid();
    await requireStrong(body.password, [account.email, account.displayName]);
    const passwordHash = await hashPassword(body.password);
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, account.id));
    await tx
      .update(passwordResets)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(passwordResets.staffId, account.id), isNull(passwordResets.usedAt)));
    await deleteSessionsOf(tx, account.id);
    await recordAudit(
      tx,
      {
        actorId: account.id,
        action: 'account.password_reset',
        entityType: 'staff',
        entityId: account.id,
      },
      now,
    );
    return account.id;
  });
  sessions.evictStaff(staffId);
  return { ok: true };
}

/** One's own password: the current one first; one's other sessions end. */
export async function changePassword(
  services: Services,
  actor: Actor,
  body: ChangePasswordBody,
  current: { tokenHash: string; email: string },
  sessions: SessionEnder,
): Promise<{ ok: true }> {
  const { db } = services.database;
  const account = await findStaff(db, actor.staffId);
  if (!account || !(await verifyPassword(account.passwordHash, body.currentPassword)))
    throw new RuleViolationError(
      'account.wrong_password',
      'The current password is wrong.',
      undefined,
      [{ path: 'currentPassword', code: 'account.wrong_password', message: 'Wrong password.' }],
    );
  await requireStrong(body.password, [current.email, account.displayName]);
  const passwordHash = await hashPassword(body.password);
  const now = services.clock();
  await db.transaction(async (tx) => {
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, actor.staffId));
    await deleteSessionsOf(tx, actor.staffId, current.tokenHash);
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'account.password_change',
        entityType: 'staff',
        entityId: actor.staffId,
      },
      now,
    );
  });
  sessions.evictStaff(actor.staffId);
  return { ok: true };
}
