import { z } from 'zod';
import { ALERT_KINDS } from './codes.js';
import { dateSchema, idSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Alerts: contracts nearing the 15-month deadline, participants with no event for a while.

export const alertSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  participantId: idSchema,
  pseudonym: z.string(),
  /** contract_ending: the 15-month deadline; inactive: the last event. */
  on: dateSchema,
  days: z.number().int(),
});

export const alertRoutes = {
  listAlerts: {
    method: 'GET',
    path: '/api/alerts',
    summary: 'Contracts near 15 months, inactive participants',
    tag: 'pathway',
    response: z.array(alertSchema),
  },
} as const satisfies Record<string, RouteContract>;

export type Alert = z.infer<typeof alertSchema>;
