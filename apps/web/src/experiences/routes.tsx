import type { RouteObject } from 'react-router';

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const experiencesStaffRoutes: RouteObject[] = [];

/** Participant-space screens of this domain, inside the participant layout under /moi. */
export const experiencesParticipantRoutes: RouteObject[] = [];
