import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyOf, ParticipantDetail } from '@territoires/contracts';
import { useApi } from '../api/context.js';
import type { ApiError } from '../api/errors.js';
import { queryKeys } from '../api/hooks.js';

type ParticipantWrite =
  | 'changePhase'
  | 'updateProfile'
  | 'assignTeam'
  | 'signContract'
  | 'recordExit'
  | 'updateParticipant';

/**
 * A write on one participant: the answer is the new file, put straight in the cache,
 * and the list and timeline are refreshed.
 */
export function useParticipantMutation<N extends ParticipantWrite>(name: N, id: string) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation<ParticipantDetail, ApiError, BodyOf<N>>({
    mutationFn: async (body) =>
      (await client.request(name, { params: { id }, body })) as ParticipantDetail,
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.participant(id), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
    },
  });
}

/** Reloads the file after a stale-version conflict, so the next write carries the fresh version. */
export function useReloadParticipant(id: string): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.participant(id) });
  };
}
