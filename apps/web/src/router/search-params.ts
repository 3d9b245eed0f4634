/**
 * What each route reads from its query string, validated with the API's own zod schemas from
 * `@cds/core`: a period the API would refuse is refused here, with the parameter named.
 *
 * The query string is read and written as plain text (`?ky=2023`, not the router's default JSON,
 * which would turn "2023" into a number and write strings back quoted), and empty values are left out.
 */
import { indicatorKeySchema, periodKeySchema, periodTypeSchema, unitIdSchema, viewSchema } from '@cds/core';
import { z } from 'zod';

/** On every route: the interface language (Vietnamese unless `?lang=en`). */
export const rootSearchSchema = z.object({ lang: z.enum(['vi', 'en']).optional() });

/** `/tinh/$unitId`: the period, the indicator whose trend is drawn, the view, and where a redirect came from. */
export const provinceSearchSchema = z.object({
  ky: periodKeySchema.optional(),
  'chi-tieu': indicatorKeySchema.optional(),
  xem: viewSchema.optional(),
  /** The province asked for before it was moved to the unit it belongs to in the period's vintage. */
  tu: unitIdSchema.optional(),
});
export type ProvinceSearch = z.infer<typeof provinceSearchSchema>;

/** `/tinh/$unitId/ban-in`: the period of the printed report, and the view. */
export const printSearchSchema = z.object({
  ky: periodKeySchema.optional(),
  xem: viewSchema.optional(),
});

/** `/xep-hang/$indicator`: the period, the view, and the province to highlight. */
export const rankingSearchSchema = z.object({
  ky: periodKeySchema.optional(),
  xem: viewSchema.optional(),
  tinh: unitIdSchema.optional(),
});
export type RankingSearch = z.infer<typeof rankingSearchSchema>;

/** A comma-separated list in the query string (`?tinh=v34-14,v34-11`), each item checked. */
const commaList = (item: z.ZodType<string, string>, max: number) =>
  z
    .union([z.string().transform((text) => text.split(',').filter(Boolean)), z.array(z.string())])
    .pipe(z.array(item).max(max));

/**
 * `/so-sanh`: provinces (2–6) and indicators compared, the period type and range, the period of the
 * table, the view, relative mode with its base period (`goc`; present = indexed to 100), and
 * whether the national and regional lines are hidden (`ca-nuoc=an`).
 */
export const compareSearchSchema = z.object({
  tinh: commaList(unitIdSchema, 6).optional(),
  'chi-tieu': commaList(indicatorKeySchema, 8).optional(),
  loai: periodTypeSchema.optional(),
  'tu-ky': periodKeySchema.optional(),
  'den-ky': periodKeySchema.optional(),
  ky: periodKeySchema.optional(),
  xem: viewSchema.optional(),
  goc: periodKeySchema.optional(),
  /** `an`: the national and regional lines hidden (shown by default). */
  'ca-nuoc': z.enum(['an']).optional(),
});
export type CompareSearch = z.infer<typeof compareSearchSchema>;

/** `/bao-cao/nhap-tep`: the province and period whose template is offered. */
export const importSearchSchema = z.object({
  tinh: unitIdSchema.optional(),
  ky: periodKeySchema.optional(),
});

/** `/bao-cao/tu-bao-cao`: the province to assume where a report names none. */
export const extractionSearchSchema = z.object({ tinh: unitIdSchema.optional() });

/** `/bao-cao/tien-do`: the period whose completeness is shown. */
export const completenessSearchSchema = z.object({ ky: periodKeySchema.optional() });

/** `/bao-cao/ke-hoach`: the province and the year of its plans. */
export const plansSearchSchema = z.object({
  tinh: unitIdSchema.optional(),
  nam: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** `/dang-nhap`: the path to return to once signed in (a path of this site only). */
export const loginSearchSchema = z.object({
  tiep: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/, { message: 'must be a path of this site, e.g. /tinh/v34-14' })
    .optional(),
});

/** `/`: the links of the first version (`?page=rankings&unit=…&period=…`), kept working by a redirect. */
export const legacySearchSchema = z.object({
  page: z.string().optional(),
  unit: z.string().optional(),
  period: z.string().optional(),
  indicator: z.string().optional(),
  view: z.string().optional(),
});

/** Reads a query string as plain text values. */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}

/** Writes search values as a query string, leaving out the empty ones. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
