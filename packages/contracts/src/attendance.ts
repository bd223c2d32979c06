import type { RouteContract } from './route-contract.js';

// Registrations, attendance (roster, card scans, offline sync), calendars.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const ATTENDANCE_ERROR_CODES = [] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ATTENDANCE_TIMELINE_KINDS = [] as const;

export const attendanceRoutes = {} as const satisfies Record<string, RouteContract>;
