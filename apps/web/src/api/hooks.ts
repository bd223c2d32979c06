import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteName } from '@territoires/contracts';
import type { CallInput } from './client.js';
import { useApi } from './context.js';
import type { ApiError } from './errors.js';

export const queryKeys = {
  me: ['me'] as const,
  participants: ['participants'] as const,
  participantList: (query: QueryOf<'listParticipants'>) => ['participants', 'list', query] as const,
  participant: (id: string) => ['participants', id] as const,
  timeline: (id: string) => ['participants', id, 'timeline'] as const,
  notes: (id: string) => ['participants', id, 'notes'] as const,
  staff: (query: QueryOf<'listStaff'>) => ['staff', query] as const,
  alerts: ['alerts'] as const,
};

type QueryOpts<N extends RouteName> = Omit<
  UseQueryOptions<ResponseOf<N>, ApiError>,
  'queryKey' | 'queryFn'
>;

/** A GET route as a TanStack query; the key is the route name plus its inputs. */
export function useApiQuery<N extends RouteName>(
  name: N,
  key: readonly unknown[],
  input?: CallInput<N>,
  options?: QueryOpts<N>,
) {
  const client = useApi();
  return useQuery<ResponseOf<N>, ApiError>({
    queryKey: key,
    queryFn: async () => (await client.request(name, input)) as ResponseOf<N>,
    ...options,
  });
}

export interface MutationInput<N extends RouteName> {
  params?: ParamsOf<N>;
  body?: BodyOf<N>;
}

/** A write route as a TanStack mutation; participant writes refresh everything under the participant. */
export function useApiMutation<N extends RouteName>(
  name: N,
  invalidate: readonly (readonly unknown[])[] = [],
) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation<ResponseOf<N>, ApiError, MutationInput<N>>({
    mutationFn: async (input) => (await client.request(name, input)) as ResponseOf<N>,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
