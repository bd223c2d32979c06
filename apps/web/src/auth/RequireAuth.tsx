import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../layout/Page.js';
import { useSession } from './session.js';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (session === null)
    return (
      <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />
    );
  return <>{children}</>;
}
