import type { RouteContract } from './route-contract.js';

// Activities catalogue (data·inclusion), series and sessions.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const ACTIVITY_ERROR_CODES = [] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ACTIVITY_TIMELINE_KINDS = [] as const;

export const activityRoutes = {} as const satisfies Record<string, RouteContract>;
