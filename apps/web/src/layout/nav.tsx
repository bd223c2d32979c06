import type { SessionUser } from '@territoires/contracts';
import { Navigate } from 'react-router';
import { useSession } from '../auth/session.js';
import { DOMAINS } from '../domains.js';
import { homeOf } from '../home/homes.js';
import type { NavEntry } from './domain.js';

/** The staff menu's links this person may use: what the server says they may do (the session's `can`). */
export function visibleLinks(user: SessionUser | undefined): NavEntry[] {
  return DOMAINS.flatMap((domain) => domain.staffNav ?? []).filter(
    (link) => link.capability === undefined || user?.can[link.capability] === true,
  );
}

/** The staff home: each role's own first screen, from what the server says they may do. */
export function StaffHome() {
  const { session } = useSession();
  return <Navigate to={homeOf(session?.user)} replace />;
}
