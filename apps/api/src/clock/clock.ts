/**
 * The server's one clock. Everything that needs "now" — today's date in Vietnam, deadlines, "sent
 * at", session expiry, the demo's last month — reads it from here (through `c.var.now` in handlers);
 * core receives the moment as an argument and never reads a clock itself.
 *
 * `NOW` (config) starts the clock at a given moment, for tests and demos (`2026-12-03T09:00+07:00`);
 * from there it runs at the real pace, so the order of events stays true. Unset: the system clock.
 */
import { performance } from 'node:perf_hooks';
import { vietnamDate } from '@cds/core';

export type Clock = () => Date;

/** The system clock: the only `new Date()` of the server that means "now". */
export const systemClock: Clock = () => new Date();

/** A clock that reads `start` at this call and runs at the real pace from there. */
export function clockStartingAt(start: Date): Clock {
  const origin = performance.now();
  return () => new Date(start.getTime() + Math.round(performance.now() - origin));
}

/** The clock the configuration asks for: `NOW` if set, else the system's. */
export function configuredClock(now: Date | undefined): Clock {
  return now ? clockStartingAt(now) : systemClock;
}

/** Today's date in Vietnam (ISO `2026-12-06`) on this clock. */
export function todayInVietnam(clock: Clock): string {
  return vietnamDate(clock());
}
