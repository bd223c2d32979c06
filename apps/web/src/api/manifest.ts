import {
  api,
  ERROR_CODES,
  type ErrorCode,
  type RouteContract,
  type RouteName,
} from '@territoires/contracts';

/** What the client needs of a route to call it: no schema. */
export type RouteTarget = Pick<RouteContract, 'method' | 'path' | 'audience'>;

/**
 * The only runtime read of the contracts by the API client and its errors. The participant build
 * (vite.moi.config.ts) replaces this module by these same values as plain data, so the participant
 * space's first screens do not bring zod and every schema over a weak mobile connection.
 */
export const ROUTE_TARGETS: Readonly<Record<RouteName, RouteTarget>> = api;
export const KNOWN_ERROR_CODES: readonly ErrorCode[] = ERROR_CODES;
