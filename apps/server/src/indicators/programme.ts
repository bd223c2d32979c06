import { addMonths, dateSchema } from '@territoires/contracts';
import { z } from 'zod';

/** The programme's start and targets (PIC "100 % inclusion"): configuration, not data. */
export interface Programme {
  /** First day of the programme (YYYY-MM-DD, Paris). */
  start: string;
  months: number;
  /** The 500: people engaged (a contract signed) since the start. */
  engagedTarget: number;
  /** The 300: dynamic exits (employment or training) since the start. */
  dynamicExitsTarget: number;
}

export const DEFAULT_PROGRAMME: Programme = {
  start: '2020-11-01',
  months: 36,
  engagedTarget: 500,
  dynamicExitsTarget: 300,
};

const positive = z.coerce.number().int().positive();

/**
 * PROGRAMME_START, PROGRAMME_MONTHS, TARGET_ENGAGED, TARGET_DYNAMIC_EXITS; each unset keeps its
 * default, a bad value is a configuration error (thrown), never a guess.
 */
export function programmeFromEnv(env: NodeJS.ProcessEnv): Programme {
  const read = <T>(name: string, schema: z.ZodType<T>, fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${name} is not valid: "${raw}".`);
    return parsed.data;
  };
  return {
    start: read('PROGRAMME_START', dateSchema, DEFAULT_PROGRAMME.start),
    months: read('PROGRAMME_MONTHS', positive, DEFAULT_PROGRAMME.months),
    engagedTarget: read('TARGET_ENGAGED', positive, DEFAULT_PROGRAMME.engagedTarget),
    dynamicExitsTarget: read(
      'TARGET_DYNAMIC_EXITS',
      positive,
      DEFAULT_PROGRAMME.dynamicExitsTarget,
    ),
  };
}

/** The programme's last day: start + months, the day before. */
export const programmeEnd = (programme: Programme): string => {
  const next = addMonths(programme.start, programme.months);
  const day = new Date(`${next}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};
