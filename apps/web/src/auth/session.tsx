import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '@territoires/contracts';
import { queryKeys } from '../api/hooks.js';
import { useApi } from '../api/context.js';
import { hasCode, type ApiError } from '../api/errors.js';

export interface SessionState {
  session: Session | null;
  loading: boolean;
}

/** The current session; a 401 from /api/auth/me simply means "not logged in". */
export function useSession(): SessionState {
  const client = useApi();
  const query = useQuery<Session | null, ApiError>({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        const session = await client.call('me');
        client.setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (hasCode(error, 'auth.unauthenticated')) {
          client.setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    retry: false,
    staleTime: Infinity,
  });
  return { session: query.data ?? null, loading: query.isPending };
}

export function useSetSession(): (session: Session | null) => void {
  const client = useApi();
  const queryClient = useQueryClient();
  return (session) => {
    client.setCsrfToken(session?.csrfToken ?? null);
    if (session === null) queryClient.removeQueries();
    queryClient.setQueryData(queryKeys.me, session);
  };
}
