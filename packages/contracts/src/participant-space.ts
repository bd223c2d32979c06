import type { RouteContract } from './route-contract.js';

// The participant space: sign-in with a one-time code or QR code, the participant session.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const PARTICIPANT_SPACE_ERROR_CODES = [] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const PARTICIPANT_SPACE_TIMELINE_KINDS = [] as const;

export const participantSpaceRoutes = {} as const satisfies Record<string, RouteContract>;
