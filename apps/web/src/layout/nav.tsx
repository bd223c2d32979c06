import type { SessionUser } from '@territoires/contracts';
import { Navigate } from 'react-router';
import { useSession } from '../auth/session.js';
import { DOMAINS } from '../domains.js';
import type { NavEntry } from './domain.js';

/** The staff menu's links this person may use: what the server says they may do (the session's `can`). */
export function visibleLinks(user: SessionUser | undefined): NavEntry[] {
  return DOMAINS.flatMap((domain) => domain.staffNav ?? []).filter(
    (link) => link.capability === undefined || user?.can[link.capability] === true,
  );
}

/** The staff home: the first screen of the menu this person may use, so a partner never lands on a refusal. */
export function StaffHome() {
  const { session } = useSession();
  const first = visibleLinks(session?.user)[0];
  return <Navigate to={first?.to ?? '/activites'} replace />;
}
