/**
 * The import and export endpoints take and give files, not JSON, so the typed client does not fit
 * them: these build their addresses and name the file types, kept pure so they can be tested.
 */
import type { Locale } from '@cds/core';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The API's limit for an import (apps/api/src/http/body-size-limit.ts MAX_IMPORT_BYTES). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export type FileFormat = 'csv' | 'xlsx';

/**
 * What kind of file this is, by its type or, when the browser does not say (Windows gives CSV
 * files `application/vnd.ms-excel` or nothing), by its extension.
 * @example importFileKind({ name: 'so-lieu.CSV', type: '' }) // 'csv'
 */
export function importFileKind(file: { name: string; type: string }): FileFormat | null {
  if (file.type === XLSX_TYPE) return 'xlsx';
  if (file.type === CSV_TYPE) return 'csv';
  const extension = file.name.toLowerCase().split('.').pop();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}

export const contentTypeOf = (kind: FileFormat) => (kind === 'csv' ? CSV_TYPE : XLSX_TYPE);

/** A query string of the values given, leaving out blank ones. */
function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value?.trim()) params.set(key, value.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ImportOptions {
  /** How text numbers are written in the file. */
  locale: Locale;
  /** The source of rows that name none. */
  source?: string;
  /** The file's name, kept in the audit trail. */
  name?: string;
  /** The period being imported: the API names every row of another period as a problem. */
  period?: string;
}

/**
 * @example importUrl('preview', { locale: 'vi', source: 'BC 15/BC-STTTT', name: 'a.csv', period: '2026-11' })
 *   // '/api/imports/preview?locale=vi&source=BC+15%2FBC-STTTT&name=a.csv&period=2026-11'
 */
export function importUrl(step: 'preview' | 'commit', options: ImportOptions): string {
  return `/api/imports/${step}${query({
    locale: options.locale,
    source: options.source,
    name: options.name?.slice(0, 200),
    period: options.period,
  })}`;
}

/** @example templateUrl('v34-14', '2026-11', 'csv') // '/api/imports/template/v34-14/2026-11?format=csv' */
export function templateUrl(unitId: string, period: string, format: FileFormat): string {
  return `/api/imports/template/${encodeURIComponent(unitId)}/${encodeURIComponent(period)}?format=${format}`;
}

export interface ExportOptions {
  unitIds: readonly string[];
  from?: string;
  to?: string;
  format: FileFormat;
  demo?: 'include' | 'exclude' | 'only';
  plans?: boolean;
}

/**
 * The export's address; a range is of one period type (the API refuses a mix).
 * @example exportUrl({ unitIds: ['v34-14'], from: '2026-01', to: '2026-11', format: 'xlsx' })
 *   // '/api/exports/figures?format=xlsx&unit=v34-14&from=2026-01&to=2026-11'
 */
export function exportUrl(options: ExportOptions): string {
  return `/api/exports/figures${query({
    format: options.format,
    unit: options.unitIds.join(','),
    from: options.from,
    to: options.to,
    demo: options.demo === 'include' ? undefined : options.demo,
    plans: options.plans === false ? 'no' : undefined,
  })}`;
}

/** @example formatBytes(1_536_000, 'vi') // '1,5 MB' */
export function formatBytes(bytes: number, locale: Locale): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const units = ['B', 'KB', 'MB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
