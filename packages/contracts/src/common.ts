import { z } from 'zod';

export const idSchema = z.uuid();
/** Calendar date without time, as the contract and exit forms enter it. */
export const dateSchema = z.iso
  .date()
  // Plausible programme dates only: year 0 or 9999 is a typing slip, and PostgreSQL would refuse some.
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', {
    error: 'Date out of range (1900–2199).',
  });
export const timestampSchema = z.iso.datetime({ offset: true });
/** Optimistic concurrency: the version the client last read; a stale one gets a 409. */
export const versionSchema = z.number().int().min(1);

export const idParamsSchema = z.object({ id: idSchema }).strict();

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Counting stops at this many matches: beyond it the UI says "more than 200" (counting 100,000 rows costs more than the page). */
export const COUNT_CAP = 200;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Exact when totalCapped is false, else COUNT_CAP: there are at least that many. */
    total: z.number().int(),
    totalCapped: z.boolean(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const okSchema = z.object({ ok: z.literal(true) });

/** Who wrote a piece of a participant's record (an experience, a reflection): them, or a staff member. */
export const authorSchema = z.object({
  by: z.enum(['participant', 'staff']),
  /** The staff member's name; null when the participant wrote it. */
  displayName: z.string().nullable(),
  at: timestampSchema,
});

export type Author = z.infer<typeof authorSchema>;

/** Optional free text: trimmed, and empty means "none" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
