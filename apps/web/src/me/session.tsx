import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParticipantSession } from '@territoires/contracts';
import { useEffect } from 'react';
import { useApi } from '../api/context.js';
import { hasCode, type ApiError } from '../api/errors.js';

/** The participant's own session, apart from the staff one (`['me']`): both may live in one browser. */
export const participantSessionKey = ['participant-space', 'session'] as const;

export interface ParticipantSessionState {
  session: ParticipantSession | null;
  loading: boolean;
}

/** The participant signed in on this phone; a 401 from /api/me simply means "not signed in". */
export function useParticipantSession(): ParticipantSessionState {
  const client = useApi();
  const query = useQuery<ParticipantSession | null, ApiError>({
    queryKey: participantSessionKey,
    queryFn: async () => {
      try {
        const session = await client.call('participantMe');
        client.setParticipantCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (hasCode(error, 'auth.unauthenticated')) {
          client.setParticipantCsrfToken(null);
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

export function useSetParticipantSession(): (session: ParticipantSession | null) => void {
  const client = useApi();
  const queryClient = useQueryClient();
  return (session) => {
    client.setParticipantCsrfToken(session?.csrfToken ?? null);
    // A shared phone may change hands: nothing read for the previous person stays in memory.
    queryClient.removeQueries();
    queryClient.setQueryData(participantSessionKey, session);
  };
}

/**
 * When a participant-space route answers 401 (signed out everywhere by the team, session over),
 * the session is forgotten, and the guard sends the person to /moi/connexion.
 */
export function useForgetParticipantOnUnauthenticated(): void {
  const client = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.onUnauthenticated((audience) => {
        if (audience !== 'participant') return;
        client.setParticipantCsrfToken(null);
        queryClient.setQueryData(participantSessionKey, null);
      }),
    [client, queryClient],
  );
}
