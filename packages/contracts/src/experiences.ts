import type { RouteContract } from './route-contract.js';

// Lived experiences, evidence files, reflexivity times.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const EXPERIENCE_ERROR_CODES = [] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const EXPERIENCE_TIMELINE_KINDS = [] as const;

export const experienceRoutes = {} as const satisfies Record<string, RouteContract>;
