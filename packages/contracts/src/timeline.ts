import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// A participant's timeline shows the events of every domain, so its kinds come from the domain list
// (api.ts), which makes the event schema and the route with them.

export const timelineEventSchemaOf = <const K extends readonly [string, ...string[]]>(kinds: K) =>
  z.object({
    id: idSchema,
    at: timestampSchema,
    kind: z.enum(kinds),
    actorDisplayName: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  });

export const timelineRoutesOf = <E extends z.ZodType>(event: E) =>
  ({
    timeline: {
      method: 'GET',
      path: '/api/participants/:id/timeline',
      summary: "The participant's timeline",
      tag: 'pathway',
      params: idParamsSchema,
      response: z.array(event),
    },
  }) as const satisfies Record<string, RouteContract>;
