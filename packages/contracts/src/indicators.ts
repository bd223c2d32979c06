import { z } from 'zod';
import { EXIT_CATEGORIES, TERRITORIES } from './codes.js';
import { dateSchema, idSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Indicators: the consortium's figures over a period (docs/indicators.md). Aggregates only: no
// figure is ever about one person, and a viewer who sees aggregates only gets small cells masked.

/** The error codes this domain returns; each is an i18n key (errors.<code>) in its web messages. */
export const INDICATORS_ERROR_CODES = ['indicators.bad_period'] as const;

/** Timeline event kinds this domain writes on a participant's timeline: none, it only reads. */
export const INDICATORS_TIMELINE_KINDS = [] as const;

/** A count of people or events. */
const count = z.number().int().nonnegative();
/** A median number of days; null when nothing was there to measure. */
const days = z.number().nullable();

export const exitCountsSchema = z.object(
  Object.fromEntries(EXIT_CATEGORIES.map((c) => [c, count])) as Record<
    (typeof EXIT_CATEGORIES)[number],
    typeof count
  >,
);

/** Every figure of docs/indicators.md over one period and scope (its anchors are the keys). */
export const indicatorFiguresSchema = z.object({
  entries: count,
  reentries: count,
  discovery: z.object({ created: count, signedBy: count }),
  exits: exitCountsSchema,
  dynamicExits: count,
  civicExits: count,
  compliance: z.object({
    exitsAfterContract: count,
    withinFifteenMonths: count,
    activePastFifteenMonths: count,
  }),
  durations: z.object({ contactToContractDays: days, contractToExitDays: days }),
});

/** The programme's start and targets (configuration), and where it stands on the period's last day. */
export const programmeProgressSchema = z.object({
  start: dateSchema,
  months: z.number().int().positive(),
  end: dateSchema,
  engaged: count,
  engagedTarget: count,
  dynamicExits: count,
  dynamicExitsTarget: count,
});

export const indicatorsQuerySchema = z
  .object({
    from: dateSchema,
    to: dateSchema,
    territory: z.enum(TERRITORIES).optional(),
    organisation: idSchema.optional(),
  })
  .strict();

/** The figures of a period, flat (the CLI's --json), with the scope they were computed on. */
export const indicatorsReportSchema = indicatorFiguresSchema.extend({
  from: dateSchema,
  to: dateSchema,
  territory: z.enum(TERRITORIES).nullable(),
  organisation: idSchema.nullable(),
  /** The 500: entries from the programme's start to the period's last day. */
  engaged: count,
  programme: programmeProgressSchema,
});

export const indicatorsRoutes = {} as const satisfies Record<string, RouteContract>;

export type IndicatorFigures = z.infer<typeof indicatorFiguresSchema>;
export type ExitCounts = z.infer<typeof exitCountsSchema>;
export type ProgrammeProgress = z.infer<typeof programmeProgressSchema>;
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;
export type IndicatorsReport = z.infer<typeof indicatorsReportSchema>;
