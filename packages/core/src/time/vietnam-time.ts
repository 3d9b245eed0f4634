/**
 * Vietnam's calendar for a moment in time. Reports, deadlines and "as of" are Vietnam's
 * (Asia/Ho_Chi_Minh), whatever the time zone of the server or the browser. Vietnam has kept
 * UTC+7 without daylight saving since 1975, so a moment's Vietnamese date is plain arithmetic.
 *
 * Core never reads the clock: callers pass the moment (the API's and the web app's clock modules).
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

function shifted(moment: Date | string): Date {
  const time = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  if (Number.isNaN(time)) throw new RangeError(`not a moment in time: ${String(moment)}`);
  return new Date(time + UTC_OFFSET_MS);
}

/** The calendar day (ISO `2026-12-06`) a moment falls on in Vietnam. */
export function vietnamDate(moment: Date | string): string {
  return shifted(moment).toISOString().slice(0, 10);
}

/** The month (`2026-12`) a moment falls in, in Vietnam. */
export function vietnamMonth(moment: Date | string): string {
  return vietnamDate(moment).slice(0, 7);
}

/** The year a moment falls in, in Vietnam. */
export function vietnamYear(moment: Date | string): number {
  return shifted(moment).getUTCFullYear();
}

/** The month before the one a moment falls in, in Vietnam (`2026-11` on 6 December 2026). */
export function vietnamMonthBefore(moment: Date | string): string {
  const d = shifted(moment);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth(); // 0-based: the previous month's 1-based number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}
