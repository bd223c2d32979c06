import { z } from 'zod';
import { idParamsSchema, idSchema } from './common.js';
import { AWARD_STATUSES } from './badges.js';
import type { RouteContract } from './route-contract.js';

// Key objectives and badges (issue 17): each key objective of a participant's contract may be
// proven by one or more of their badges; it is reached once one of them is accepted. The
// participant and their team read the progress: "objectives reached out of the contract's".

export const BADGE_OBJECTIVE_ERROR_CODES = ['badges.objective_not_in_contract'] as const;

export const objectiveProgressSchema = z.object({
  reached: z.number().int(),
  total: z.number().int(),
  objectives: z.array(
    z.object({
      id: idSchema,
      text: z.string(),
      reached: z.boolean(),
      badges: z.array(
        z.object({ awardId: idSchema, name: z.string(), status: z.enum(AWARD_STATUSES) }),
      ),
    }),
  ),
});

/** The objectives a badge proves (all of them: the list replaces the previous one). */
export const awardObjectivesBodySchema = z
  .object({ objectiveIds: z.array(idSchema).max(15) })
  .strict();

export const badgeObjectiveRoutes = {
  myObjectives: {
    method: 'GET',
    path: '/api/me/objectives',
    summary: 'My key objectives, which are reached, and the badges that prove them',
    tag: 'participant-space',
    audience: 'participant',
    response: objectiveProgressSchema,
  },
  linkMyAwardObjectives: {
    method: 'PUT',
    path: '/api/me/awards/:id/objectives',
    summary: 'The key objectives my badge proves',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    body: awardObjectivesBodySchema,
    response: objectiveProgressSchema,
  },
  participantObjectives: {
    method: 'GET',
    path: '/api/participants/:id/objectives',
    summary: "A participant's key objectives reached, with the badges that prove them",
    tag: 'badges',
    params: idParamsSchema,
    response: objectiveProgressSchema,
  },
  linkAwardObjectives: {
    method: 'PUT',
    path: '/api/awards/:id/objectives',
    summary: 'The key objectives a participant’s badge proves (whoever edits the file)',
    tag: 'badges',
    params: idParamsSchema,
    body: awardObjectivesBodySchema,
    response: objectiveProgressSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type ObjectiveProgress = z.infer<typeof objectiveProgressSchema>;
