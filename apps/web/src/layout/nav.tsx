import type { SessionUser } from '@territoires/contracts';
import { Navigate } from 'react-router';
import { useSession } from '../auth/session.js';
import { DOMAINS } from '../domains.js';
import type { NavEntry } from './domain.js';

/** The staff menu's links this person may use: by role, and by what the server says they may do. */
export function visibleLinks(user: SessionUser | undefined): NavEntry[] {
  const roles = new Set(user?.memberships.map((m) => m.role));
  return DOMAINS.flatMap((domain) => domain.staffNav ?? []).filter(
    (link) =>
      (link.roles === undefined || link.roles.some((role) => roles.has(role))) &&
      (link.capability === undefined || user?.can[link.capability] === true),
  );
}

/** The staff home: the first screen of the menu this person may use, so a partner never lands on a refusal. */
export function StaffHome() {
  const { session } = useSession();
  const first = visibleLinks(session?.user)[0];
  return <Navigate to={first?.to ?? '/activites'} replace />;
}
