/** Dates of the reporting screens, the way each language writes them: 10/12/2026, 10 Dec 2026. */
import type { Locale } from '@cds/core';

const DAY = { vi: { day: '2-digit', month: '2-digit' }, en: { day: 'numeric', month: 'short' } } as const;

const dateFormat = (locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...DAY[locale], year: 'numeric', timeZone });

/** Reports are made in Vietnam: a moment is said in its time. */
const VIETNAM = 'Asia/Ho_Chi_Minh';

const MOMENT_DATE = { vi: dateFormat('vi', VIETNAM), en: dateFormat('en', VIETNAM) };
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: VIETNAM });

/** A calendar date, or the day of a moment in Vietnam: the shared one. */
export { formatDate } from '../../shared/format-date.ts';

/** A moment (ISO timestamp) in Vietnam's time: `03/12/2026 14:38`, `3 Dec 2026 14:38`. */
export function formatDateTime(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${MOMENT_DATE[locale].format(time)} ${TIME.format(time)}`;
}
