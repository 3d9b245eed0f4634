/**
 * The page's one clock. Whatever needs "now" on screen — today's date, this year, when an edit was
 * kept — reads it here, in Vietnam's calendar whatever the browser's time zone; core receives the
 * moment as an argument. Browser tests fix this clock (and the server's NOW) to one moment.
 */
import { vietnamDate, vietnamYear } from '@cds/core';

/** This moment: the only `new Date()` of the web app that means "now". */
export function now(): Date {
  return new Date();
}

/** This moment as an ISO timestamp (UTC). */
export function nowIso(): string {
  return now().toISOString();
}

/** Today's date in Vietnam (ISO `2026-12-06`). */
export function todayInVietnam(): string {
  return vietnamDate(now());
}

/** This year in Vietnam. */
export function yearInVietnam(): number {
  return vietnamYear(now());
}
