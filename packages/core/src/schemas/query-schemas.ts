/**
 * zod schemas for the values that cross the API boundary. The API validates its
 * parameters with them and the web app builds its requests from the same types.
 */
import { z } from 'zod';
import { parseUnitId } from '../lineage/vintage.ts';
import { hasPreviousPeriod, PERIOD_TYPES, parsePeriod } from '../periods/period.ts';

/**
 * Any text a caller sends, refusing the NUL character: PostgreSQL cannot store it in a text column
 * (nor compare with it), so it would otherwise be a server error there and not on SQLite.
 * @example textSchema.trim().min(3).max(500)
 */
export const textSchema = z.string().refine((s) => !s.includes('\u0000'), {
  message: 'must not contain the NUL character (\\u0000)',
});

/** The largest id a row can have: PostgreSQL's `integer` (2³¹−1). */
export const MAX_ID = 2 ** 31 - 1;

/** A row's id in a JSON body: a positive whole number that fits the database's integer. */
export const idSchema = z.number().int().positive().max(MAX_ID);

/**
 * A row's id in a path: digits only (a coerced number would also take "0x1", "+1", "1e0", "1.0"
 * or " 1" as id 1), at most 2³¹−1.
 */
export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'must be an id: a positive whole number')
  .transform(Number)
  .pipe(z.number().max(MAX_ID, { message: `must be an id of at most ${MAX_ID}` }));

export const periodKeySchema = z.string().refine((s) => parsePeriod(s) !== null, {
  message: 'must be a period key: 2023, 2023-H1, 2023-Q1 or 2023-02',
});

/**
 * A period read or reported together with the one before it (a report's form, its plausibility
 * against the previous figure, an import template): the first period of 1990, whose previous
 * period falls before the calendar, is refused.
 */
export const reportPeriodSchema = periodKeySchema.refine(
  (s) => {
    const period = parsePeriod(s);
    return period === null || hasPreviousPeriod(period);
  },
  { message: 'must come after the first period of 1990: the period before it is outside the calendar' },
);

export const periodTypeSchema = z.enum(PERIOD_TYPES);

export const unitIdSchema = z.string().refine((s) => parseUnitId(s) !== null, {
  message: 'must be a unit id with its vintage, e.g. v63-44 (Quảng Bình) or v34-44 (Quảng Trị)',
});

export const indicatorKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, { message: 'must be an indicator key such as telecom_revenue' });

export const viewSchema = z.enum(['reported', 'restated']);

export const vintageSchema = z.enum(['63', '34']).transform((v) => Number(v) as 63 | 34);

export const isoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
