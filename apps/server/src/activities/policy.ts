import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';

/**
 * Who manages an organisation's activities: coordination everywhere; its org_admin and partner staff;
 * its référents and coordinateurs when it is a consortium member (they run workshops there too).
 */
export function mayManage(actor: Actor, organisationId: string, organisationKind: string): boolean {
  if (isCoordination(actor)) return true;
  return actor.memberships.some(
    (m) =>
      m.organisationId === organisationId &&
      (m.role === 'org_admin' ||
        m.role === 'partner_staff' ||
        ((m.role === 'referent' || m.role === 'coordinator') &&
          organisationKind === 'consortium_member')),
  );
}

/** What the viewer may do with a session: who manages its activity cancels it, once. */
export const sessionCan = (
  manages: boolean,
  session: { cancelledAt: string | null },
): { cancel: boolean } => ({ cancel: manages && session.cancelledAt === null });

export function requireManage(
  actor: Actor,
  organisationId: string,
  organisationKind: string,
): void {
  if (!mayManage(actor, organisationId, organisationKind)) throw new ForbiddenError();
}

/** Importing a catalogue: coordination, or an org_admin (into their own organisations only). */
export function requireImporter(actor: Actor): void {
  if (!actor.memberships.some((m) => m.role === 'coordination' || m.role === 'org_admin'))
    throw new ForbiddenError();
}

/** What an importer may touch. */
export interface ImportRights {
  coordination: boolean;
  /** Organisations where the importer is org_admin. */
  adminOf: Set<string>;
}

export function importRights(actor: Actor): ImportRights {
  requireImporter(actor);
  const adminOf = actor.memberships.filter((m) => m.role === 'org_admin');
  return {
    coordination: isCoordination(actor),
    adminOf: new Set(adminOf.map((m) => m.organisationId)),
  };
}

/**
 * A file's structure goes into an organisation its importer administers (coordination: any); a
 * structure unknown here (organisationId null) becomes a new organisation, which only coordination
 * creates. A refused structure is a rejected row of the report, not a 403.
 */
export const mayImportInto = (rights: ImportRights, organisationId: string | null): boolean =>
  rights.coordination || (organisationId !== null && rights.adminOf.has(organisationId));
