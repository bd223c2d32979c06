import type { Account, OpenSession } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { deleteSessionsOf, openSessionsOf } from '../auth/repository.js';
import { recordAudit } from '../audit/record.js';
import { staff } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import type { Services } from '../services.js';
import {
  requireAccountsDesk,
  requireNotSelf,
  requireRunsAccount,
  runsOrganisation,
} from './policy.js';
import type { findStaff } from './repository.js';
import { accountsOf, lockStaff, membershipRows } from './repository.js';

/** Ends sessions kept in memory (auth/plugin.ts's cache), after their rows are gone. */
export interface SessionEnder {
  evictStaff(staffId: string): void;
}

type StaffRow = NonNullable<Awaited<ReturnType<typeof findStaff>>>;
type MembershipRow = Awaited<ReturnType<typeof membershipRows>>[number];

function presentAccount(actor: Actor, row: StaffRow, rows: MembershipRow[]): Account {
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    active: !row.disabled,
    memberships: rows
      .filter((m) => m.staffId === row.id && runsOrganisation(actor, m.organisationId))
      .map(({ organisationId, organisationName, role }) => ({
        organisationId,
        organisationName,
        role,
      })),
  };
}

export async function listAccounts(
  services: Services,
  actor: Actor,
  query: { organisationId?: string | undefined },
): Promise<Account[]> {
  const scope = requireAccountsDesk(actor);
  const { db } = services.database;
  let ids = scope === 'all' ? null : scope;
  if (query.organisationId) {
    if (!runsOrganisation(actor, query.organisationId)) return [];
    ids = [query.organisationId];
  }
  const rows = await accountsOf(db, ids);
  const memberships = await membershipRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentAccount(actor, row, memberships));
}

/** A leaver: the account stays (history names them) but cannot sign in; every session ends now. */
export async function deactivateAccount(
  services: Services,
  actor: Actor,
  staffId: string,
  sessions: SessionEnder,
): Promise<Account> {
  const { db } = services.database;
  const now = services.clock();
  const result = await db.transaction(async (tx) => {
    const row = await lockStaff(tx, staffId);
    const memberships = row ? await membershipRows(tx, [staffId]) : [];
    requireRunsAccount(actor, { memberships });
    if (!row) throw new NotFoundError('Account');
    requireNotSelf(actor, staffId);
    const [updated] = await tx
      .update(staff)
      .set({ disabled: true })
      .where(eq(staff.id, staffId))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    const ended = await deleteSessionsOf(tx, staffId);
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'account.deactivate',
        entityType: 'staff',
        entityId: staffId,
        before: { active: !row.disabled },
        after: { active: false, sessionsEnded: ended.length },
      },
      now,
    );
    return presentAccount(actor, updated, memberships);
  });
  sessions.evictStaff(staffId);
  return result;
}

/** A short handle for a session: never the token, nor enough of its hash to find it. */
const handle = (tokenHash: string) => tokenHash.slice(0, 12);

export async function mySessions(
  services: Services,
  actor: Actor,
  currentTokenHash: string,
): Promise<OpenSession[]> {
  const rows = await openSessionsOf(services.database.db, actor.staffId, services.clock());
  return rows.map((row) => ({
    id: handle(row.tokenHash),
    startedAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    current: row.tokenHash === currentTokenHash,
  }));
}

export async function signOutEverywhere(
  services: Services,
  actor: Actor,
  sessions: SessionEnder,
): Promise<{ ok: true }> {
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const ended = await deleteSessionsOf(tx, actor.staffId);
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'account.sign_out_everywhere',
        entityType: 'staff',
        entityId: actor.staffId,
        after: { sessionsEnded: ended.length },
      },
      now,
    );
  });
  sessions.evictStaff(actor.staffId);
  return { ok: true };
}
