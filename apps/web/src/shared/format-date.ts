/** Dates the way each language writes them: 10/12/2026, 10 Dec 2026; moments in Vietnam's time. */
import { type Locale, vietnamDate } from '@cds/core';

const DATE: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const DATE_TIME: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
};

/** A calendar date (ISO `2026-12-10`), or the day of a moment in Vietnam. */
export function formatDate(isoDate: string, locale: Locale): string {
  // A moment (…T23:49:00Z) is said on its day in Vietnam, never its UTC date.
  const day = isoDate.length > 10 && !Number.isNaN(Date.parse(isoDate)) ? vietnamDate(isoDate) : isoDate;
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : DATE[locale].format(time);
}

const DAY: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
};

/** The day of a moment (ISO timestamp) in Vietnam's time. */
export function formatDay(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DAY[locale].format(time);
}

/** A moment (ISO timestamp) in Vietnam's time, where the reports are made. */
export function formatDateTime(iso: string, locale: Locale): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE_TIME[locale].format(time);
}
