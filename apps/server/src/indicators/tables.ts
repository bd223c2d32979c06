import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/*
 * The summary tables of ADR 0029: what the programme's figures add up to, per breakdown key and per
 * day (and per month, the same sums), kept by triggers in every writing transaction (drizzle/0020).
 * The column names are the measures of summary-measures.ts, in snake case.
 */

const count = (name: string) => integer(name).notNull().default(0);

/** One column per measure: each counts the facts of that kind dated on the row's day (or month). */
const measures = {
  created: count('created'),
  reentries: count('reentries'),
  firstContracts: count('first_contracts'),
  entryFirst: count('entry_first'),
  entryLast: count('entry_last'),
  dynamicFirst: count('dynamic_first'),
  dynamicLast: count('dynamic_last'),
  civicFirst: count('civic_first'),
  civicLast: count('civic_last'),
  exitEmploymentLasting: count('exit_employment_lasting'),
  exitEmploymentTransition: count('exit_employment_transition'),
  exitTraining: count('exit_training'),
  exitVolunteeringCivic: count('exit_volunteering_civic'),
  exitOther: count('exit_other'),
  exitDroppedOut: count('exit_dropped_out'),
  afterContract: count('after_contract'),
  withinFifteen: count('within_fifteen'),
  signedBeforeCreated: count('signed_before_created'),
  createdThenSigned: count('created_then_signed'),
  signedAfterCreated: count('signed_after_created'),
  overdue: count('overdue'),
  overdueClosed: count('overdue_closed'),
  funnelDiscoveryEarly: count('funnel_discovery_early'),
  funnelDiscoveryCreated: count('funnel_discovery_created'),
  funnelDiscoveryReached: count('funnel_discovery_reached'),
  funnelExitEarly: count('funnel_exit_early'),
  funnelExitCreated: count('funnel_exit_created'),
  funnelExitReached: count('funnel_exit_reached'),
};

/** Sums per (breakdown, key, day). The breakdown 'all' has the one key 'all'. */
export const indicatorDays = pgTable(
  'indicator_days',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    ...measures,
  },
  (t) => [
    primaryKey({ columns: [t.dimension, t.key, t.day] }),
    index('indicator_days_day_idx').on(t.day),
  ],
);

/** The same sums per month (its first day): a year reads twelve rows a key, not 365. */
export const indicatorMonths = pgTable(
  'indicator_months',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key, t.month] })],
);

/** The same sums per calendar year (its first day, ADR 0031): a year reads one row a key, not 12. */
export const indicatorYears = pgTable(
  'indicator_years',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    year: date('year', { mode: 'string' }).notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key, t.year] })],
);

/**
 * The same sums per block of 2, 4 or 8 months (`span`), aligned within a calendar year from its
 * first month (ADR 0034): a run of months within a year is a few blocks, not one row a month.
 */
export const indicatorMonthBlocks = pgTable(
  'indicator_month_blocks',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    span: integer('span').notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key, t.month, t.span] })],
);

/**
 * What one participant adds to the sums, kept to take it away again when they change: their key in
 * each breakdown (INDICATOR_SUMMARY_DIMENSIONS' order) and their facts (a measure, a day).
 */
export const indicatorSubjects = pgTable('indicator_subjects', {
  participantId: uuid('participant_id').primaryKey(),
  keys: text('keys').array().notNull(),
  measures: text('measures').array().notNull(),
  days: date('days', { mode: 'string' }).array().notNull(),
  /** Their durations (a measure, a day, a number of days), the medians' histograms. */
  durationMeasures: text('duration_measures')
    .array()
    .notNull()
    .default(sql`'{}'`),
  durationDays: date('duration_days', { mode: 'string' })
    .array()
    .notNull()
    .default(sql`'{}'`),
  durationValues: integer('duration_values')
    .array()
    .notNull()
    .default(sql`'{}'`),
});

/**
 * The medians' histograms: how many durations of each length (`days`) per measure ('wait': first
 * contact to first contract, by the contract's day; 'stay': contract to exit, by the exit's day),
 * breakdown, key and day, and the same per month.
 */
const histogram = (at: ReturnType<typeof date>) => ({
  measure: text('measure').notNull(),
  dimension: text('dimension').notNull(),
  key: text('key').notNull(),
  at,
  days: integer('days').notNull(),
  n: integer('n').notNull().default(0),
});
export const indicatorDurationDays = pgTable(
  'indicator_duration_days',
  histogram(date('day', { mode: 'string' }).notNull()),
  (t) => [
    primaryKey({ columns: [t.measure, t.dimension, t.key, t.at, t.days] }),
    index('indicator_duration_days_day_idx').on(t.at),
  ],
);
/**
 * The same histograms per month, one row per (measure, breakdown, key, month): its lengths in order
 * and how many of each. A year of the référent breakdown reads 12 rows a key, not one per length.
 */
const spreads = (name: string, at: 'month' | 'year') =>
  pgTable(
    name,
    {
      measure: text('measure').notNull(),
      dimension: text('dimension').notNull(),
      key: text('key').notNull(),
      at: date(at, { mode: 'string' }).notNull(),
      days: integer('days').array().notNull(),
      n: integer('n').array().notNull(),
    },
    (t) => [primaryKey({ columns: [t.measure, t.dimension, t.key, t.at] })],
  );
export const indicatorDurationSpreads = spreads('indicator_duration_spreads', 'month');
/** The same per calendar year (its first day, ADR 0031): three years read three rows a key. */
export const indicatorDurationYears = spreads('indicator_duration_years', 'year');
/** The same per block of 2, 4 or 8 months (ADR 0034), as the sums. */
export const indicatorDurationMonthBlocks = pgTable(
  'indicator_duration_month_blocks',
  {
    measure: text('measure').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    at: date('month', { mode: 'string' }).notNull(),
    span: integer('span').notNull(),
    days: integer('days').array().notNull(),
    n: integer('n').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.dimension, t.key, t.at, t.span] })],
);

/**
 * Pairs of days of one participant that can straddle a period (a < from and b > to): two
 * consecutive days of a kind of event (a gap), or a creation and the first contract after it.
 */
export const indicatorGaps = pgTable(
  'indicator_gaps',
  {
    participantId: uuid('participant_id').notNull(),
    measure: text('measure').notNull(),
    after: date('after_on', { mode: 'string' }).notNull(),
    before: date('before_on', { mode: 'string' }).notNull(),
    /** The participant's keys (as indicator_subjects.keys), so that counting by key joins nothing. */
    keys: text('keys')
      .array()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [
    index('indicator_gaps_participant_idx').on(t.participantId),
    index('indicator_gaps_before_idx').on(t.measure, t.before),
    // The edge months of a period that does not start or end with its month (ADR 0031).
    index('indicator_gaps_after_idx').on(t.after),
    index('indicator_gaps_end_idx').on(t.before),
  ],
);

const gapMonths = (name: string) =>
  pgTable(
    name,
    {
      dimension: text('dimension').notNull(),
      afterMonth: date('after_month', { mode: 'string' }).notNull(),
      beforeMonth: date('before_month', { mode: 'string' }).notNull(),
      measure: text('measure').notNull(),
      key: text('key').notNull(),
      n: integer('n').notNull().default(0),
    },
    (t) => [primaryKey({ columns: [t.dimension, t.afterMonth, t.beforeMonth, t.measure, t.key] })],
  );
/** The gaps counted per breakdown, key, measure and month of each end (ADR 0031), as ADR 30's. */
export const indicatorGapMonths = gapMonths('indicator_gap_months');

/*
 * ADR 0030: the attendance and badge tables of the dashboard, summarised the same way (drizzle/0022
 * keeps them): presences per partner and thématique, offers and acceptances per issuer.
 */
const activityMeasures = {
  presences: count('presences'),
  presenceFirst: count('presence_first'),
  presenceLast: count('presence_last'),
  offered: count('offered'),
  offeredFirst: count('offered_first'),
  offeredLast: count('offered_last'),
  accepted: count('accepted'),
  acceptedFirst: count('accepted_first'),
  acceptedLast: count('accepted_last'),
};

/** Sums per (breakdown, key, day): breakdowns 'all', 'partner', 'thematique' and 'issuer'. */
export const indicatorActivityDays = pgTable(
  'indicator_activity_days',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    ...activityMeasures,
  },
  (t) => [
    primaryKey({ columns: [t.dimension, t.key, t.day] }),
    index('indicator_activity_days_day_idx').on(t.day),
  ],
);

export const indicatorActivityMonths = pgTable(
  'indicator_activity_months',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    ...activityMeasures,
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key, t.month] })],
);

/** What one participant adds to the activity sums: (breakdown, key, measure, day, count) facts. */
export const indicatorActivitySubjects = pgTable('indicator_activity_subjects', {
  participantId: uuid('participant_id').primaryKey(),
  dimensions: text('dimensions').array().notNull(),
  keys: text('keys').array().notNull(),
  measures: text('measures').array().notNull(),
  days: date('days', { mode: 'string' }).array().notNull(),
  counts: integer('counts').array().notNull(),
});

/**
 * Two consecutive days of presence (offer, acceptance) of one participant for one key, far enough
 * apart to straddle a period the summaries answer (ACTIVITY_GAP_MIN_SPAN): `span` is b − a.
 */
export const indicatorActivityGaps = pgTable(
  'indicator_activity_gaps',
  {
    participantId: uuid('participant_id').notNull(),
    measure: text('measure').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    after: date('after_on', { mode: 'string' }).notNull(),
    before: date('before_on', { mode: 'string' }).notNull(),
    span: integer('span').notNull(),
  },
  (t) => [
    index('indicator_activity_gaps_participant_idx').on(t.participantId),
    index('indicator_activity_gaps_span_idx').on(t.span),
    index('indicator_activity_gaps_after_idx').on(t.after),
    index('indicator_activity_gaps_before_idx').on(t.before),
  ],
);

/**
 * The same gaps counted per month of each end: a gap from before a period's first month to after its
 * last straddles it, whatever the days; only those ending in an edge month are read one by one.
 */
export const indicatorActivityGapMonths = gapMonths('indicator_activity_gap_months');

/**
 * An accepted badge's share (live from `from` until `until`, excluded) or endorsement (from the first
 * accepted one): the shared and endorsed columns, read row by row (few beside the offers).
 */
export const indicatorBadgeLinks = pgTable(
  'indicator_badge_links',
  {
    participantId: uuid('participant_id').notNull(),
    awardId: uuid('award_id').notNull(),
    issuer: text('issuer').notNull(),
    kind: text('kind').$type<'shared' | 'endorsed'>().notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }).notNull(),
    from: date('from_on', { mode: 'string' }).notNull(),
    until: date('until_on', { mode: 'string' }),
  },
  (t) => [
    index('indicator_badge_links_participant_idx').on(t.participantId),
    index('indicator_badge_links_accepted_idx').on(t.kind, t.acceptedOn),
    // In the order they are counted, their dates last: the shared and endorsed awards and people per
    // issuer, then per kind, read from the index alone in groups, no sort (ADR 0032).
    index('indicator_badge_links_issuer_idx').on(
      t.kind,
      t.issuer,
      t.participantId,
      t.awardId,
      t.acceptedOn,
      t.from,
      t.until,
    ),
    index('indicator_badge_links_people_idx').on(
      t.kind,
      t.participantId,
      t.awardId,
      t.acceptedOn,
      t.from,
      t.until,
    ),
  ],
);
