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
/** A count shown to aggregate-only viewers: null when masked (fewer than 5 people, or its complement). */
const maskedCount = count.nullable();
/** A median number of days; null when nothing was there to measure (or masked). */
const days = z.number().nullable();

/** The figures' shape, with plain counts (coordination, the CLI) or maskable ones (aggregate viewers). */
const figuresShape = <C extends z.ZodType>(c: C) =>
  z.object({
    entries: c,
    reentries: c,
    discovery: z.object({ created: c, signedBy: c }),
    /** The funnel of those created in the period, from the phase history: reached discovery, left. */
    funnel: z.object({ discovery: c, exit: c }),
    exits: z.object(
      Object.fromEntries(EXIT_CATEGORIES.map((category) => [category, c])) as Record<
        (typeof EXIT_CATEGORIES)[number],
        C
      >,
    ),
    dynamicExits: c,
    civicExits: c,
    compliance: z.object({
      exitsAfterContract: c,
      withinFifteenMonths: c,
      activePastFifteenMonths: c,
    }),
    durations: z.object({
      contactToContractDays: days,
      contactToContractPeople: c,
      contractToExitDays: days,
    }),
  });

/** Every figure of docs/indicators.md over one period and scope (its anchors are the keys). */
export const indicatorFiguresSchema = figuresShape(count);
export const maskedFiguresSchema = figuresShape(maskedCount);

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

/** The breakdowns of the dashboard and the exports: the participant as they are now. */
export const INDICATOR_DIMENSIONS = [
  'territory',
  'organisation',
  'referent',
  'referralSource',
  'sex',
  'ageBand',
  'qualificationLevel',
  'rsa',
  'rqth',
  'longTermJobSeeker',
  'belowCap',
  'refugee',
  'digitalExclusion',
] as const;
export type IndicatorDimension = (typeof INDICATOR_DIMENSIONS)[number];

/** A breakdown row: a key (a code, an id, 'true'/'false', or 'not_recorded') and its figures. */
export const breakdownRowSchema = z.object({
  key: z.string(),
  /** A readable name for ids (an organisation's public name, a référent's name); null for codes. */
  label: z.string().nullable(),
  figures: maskedFiguresSchema,
});

/** Attendance over the period (docs/indicators.md#attendance): people with a presence, presences. */
export const attendanceFiguresSchema = z.object({
  participants: maskedCount,
  presences: maskedCount,
});
/** Badges of an issuer over the period (docs/indicators.md#badges): counts of awards. */
export const badgeFiguresSchema = z.object({
  offered: maskedCount,
  accepted: maskedCount,
  shared: maskedCount,
  endorsed: maskedCount,
});
/** A table of activity figures: its total and one row per key (an organisation's id, a thématique). */
const activityTable = <F extends z.ZodType>(figures: F) =>
  z.object({
    total: figures,
    rows: z.array(z.object({ key: z.string(), label: z.string().nullable(), figures })),
  });

export const indicatorsResponseSchema = z.object({
  from: dateSchema,
  to: dateSchema,
  territory: z.enum(TERRITORIES).nullable(),
  organisation: idSchema.nullable(),
  /** True when counts under 5 (and their complements) are masked: aggregate-only viewers. */
  masked: z.boolean(),
  programme: programmeProgressSchema.extend({ engaged: maskedCount, dynamicExits: maskedCount }),
  figures: maskedFiguresSchema,
  /** The programme month by month, from its start to the period's end (cumulative). */
  progress: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      engaged: maskedCount,
      dynamicExits: maskedCount,
    }),
  ),
  breakdowns: z.array(
    z.object({ dimension: z.enum(INDICATOR_DIMENSIONS), rows: z.array(breakdownRowSchema) }),
  ),
  /** Attendance per partner organisation (the activity's) and per data·inclusion thématique. */
  attendance: z.object({
    partners: activityTable(attendanceFiguresSchema),
    thematiques: activityTable(attendanceFiguresSchema),
  }),
  /** Badges per issuing organisation. */
  badges: z.object({ issuers: activityTable(badgeFiguresSchema) }),
  /** What the viewer may download beside (the indicators policy). */
  can: z.object({ exportParticipants: z.boolean() }),
});

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The aggregate report of a period as a file: the dashboard's figures, masked the same way. */
export const indicatorsExportQuerySchema = indicatorsQuerySchema
  .extend({ format: z.enum(EXPORT_FORMATS) })
  .strict();

/**
 * The participant-level file (evaluators only): pseudonymous ids from a keyed hash, stable from one
 * export to the next unless a salt is given (then unlinkable to other exports).
 */
export const participantsExportQuerySchema = indicatorsExportQuerySchema
  .extend({ salt: z.string().min(8).max(200).optional() })
  .strict();

/** A file's bytes (CSV or XLSX), sent with its content type and name. */
const fileBytesSchema = z.custom<unknown>(() => true);

/** The participant-level file's columns, in order: no name, no contact, no free text. */
export const PARTICIPANT_EXPORT_COLUMNS = [
  'pseudonymousId',
  'territory',
  'ageBand',
  'sex',
  'qualificationLevel',
  'rsa',
  'rqth',
  'longTermJobSeeker',
  'refugee',
  'digitalExclusion',
  'firstContactOn',
  'firstContractOn',
  'lastContractOn',
  'contracts',
  'lastExitOn',
  'lastExitCategory',
] as const;

export const indicatorsRoutes = {
  getIndicators: {
    method: 'GET',
    path: '/api/indicators',
    summary: "The programme's figures over a period, with breakdowns (docs/indicators.md)",
    tag: 'indicators',
    query: indicatorsQuerySchema,
    response: indicatorsResponseSchema,
  },
  exportIndicators: {
    method: 'GET',
    path: '/api/indicators/export',
    summary: 'The aggregate report of a period as CSV or XLSX (one sheet per breakdown)',
    tag: 'indicators',
    query: indicatorsExportQuerySchema,
    response: fileBytesSchema,
  },
  exportIndicatorParticipants: {
    method: 'GET',
    path: '/api/indicators/participants',
    summary: 'The pseudonymous participant-level file (evaluators only; every download audited)',
    tag: 'indicators',
    query: participantsExportQuerySchema,
    response: fileBytesSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type IndicatorFigures = z.infer<typeof indicatorFiguresSchema>;
export type MaskedFigures = z.infer<typeof maskedFiguresSchema>;
export type AttendanceFigures = z.infer<typeof attendanceFiguresSchema>;
export type BadgeFigures = z.infer<typeof badgeFiguresSchema>;
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
export type ExitCounts = IndicatorFigures['exits'];
export type ProgrammeProgress = z.infer<typeof programmeProgressSchema>;
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;
export type IndicatorsExportQuery = z.infer<typeof indicatorsExportQuerySchema>;
export type ParticipantsExportQuery = z.infer<typeof participantsExportQuerySchema>;
export type IndicatorsReport = z.infer<typeof indicatorsReportSchema>;
