/**
 * The reports figures are quoted from, and how a figure's source is written: a seeded figure
 * names its report as "Title — Publisher, 20/07/2021" (in English "Title — Publisher, 20 Jul
 * 2021"), never the file it was read from; a figure typed by staff keeps its free text as typed.
 *
 * The Vietnamese citation is also the figure's stored source reference (`sourceRef`), so every
 * screen and file that writes the reference as it is still names the report; a screen that knows
 * the reports writes it in the reader's language (`citeSource`).
 */
import type { Locale } from '../i18n/locale.ts';

export interface SourceReport {
  /** The source reference figures quoted from it carry: its Vietnamese citation. */
  ref: string;
  /** As the report or article is headed, in Vietnamese. */
  title: string;
  publisher: { vi: string; en: string };
  /** ISO date the report or article was published (`2021-07-20`). */
  publishedOn: string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date as each language writes it in a citation (as the dashboard's dates do).
 * @example citationDate('2021-07-20', 'vi') // '20/07/2021'
 * @example citationDate('2021-07-20', 'en') // '20 Jul 2021'
 */
export function citationDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return locale === 'vi'
    ? `${day}/${month}/${year}`
    : `${Number(day)} ${MONTHS_EN[Number(month) - 1]} ${year}`;
}

/**
 * A report as a source: title, publisher and date; the title stays Vietnamese (it is the
 * report's name), the publisher is said in the reader's language.
 * @example citeReport(report, 'vi') // 'Sơ kết công tác … — Báo Quảng Bình, 20/07/2021'
 * @example citeReport(report, 'en') // 'Sơ kết công tác … — Quảng Bình Newspaper, 20 Jul 2021'
 */
export function citeReport(report: Omit<SourceReport, 'ref'>, locale: Locale): string {
  return `${report.title} — ${report.publisher[locale]}, ${citationDate(report.publishedOn, locale)}`;
}

/**
 * A figure's source reference as a reader sees it: the report it names, cited in their language,
 * or the reference as it was typed.
 * @example citeSource('Báo cáo 15/BC-STTTT ngày 05/12/2026', reports, 'en') // unchanged
 */
export function citeSource(ref: string, reports: ReadonlyMap<string, SourceReport>, locale: Locale): string {
  const report = reports.get(ref);
  return report ? citeReport(report, locale) : ref;
}
