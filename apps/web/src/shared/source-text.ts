/**
 * A figure's sources as the reader sees them: a report figures are quoted from as "Title —
 * Publisher, 10/01/2024" (in English "Title — Publisher, 10 Jan 2024"), never a file name; a
 * source typed by staff as typed. The rule is core's (`citeSource`); the reports come from the API.
 */
import { citeSource, type Locale, type SourceReport } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { sourcesQuery } from './reference/reference-queries.ts';

/**
 * @example sourceText(['Báo cáo 15/BC-STTTT'], reports, 'en') // 'Báo cáo 15/BC-STTTT'
 */
export function sourceText(
  refs: readonly string[],
  reports: readonly SourceReport[],
  locale: Locale,
): string {
  const byRef = new Map(reports.map((r) => [r.ref, r]));
  return [...new Set(refs.map((ref) => citeSource(ref, byRef, locale)))].join('; ');
}

/** `sourceText` in the page's language; until the reports have loaded, the references as stored (Vietnamese). */
export function useSourceText(): (refs: string | readonly string[]) => string {
  const { locale } = useI18n();
  const reports = useQuery(sourcesQuery()).data?.reports;
  return useMemo(
    () => (refs) => sourceText(typeof refs === 'string' ? [refs] : refs, reports ?? [], locale),
    [reports, locale],
  );
}
