/**
 * zod schemas for the values that cross the API boundary. The API validates its
 * parameters with them and the web app builds its requests from the same types.
 */
import { z } from 'zod';
import { parseUnitId } from '../lineage/vintage.ts';
import { PERIOD_TYPES, parsePeriod } from '../periods/period.ts';

export const periodKeySchema = z.string().refine((s) => parsePeriod(s) !== null, {
  message: 'must be a period key: 2023, 2023-H1, 2023-Q1 or 2023-02',
});

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
