/**
 * One clock, in Vietnam's time: "today", deadlines and on time are Vietnam's whatever the server's
 * time zone, and `NOW` starts the server's clock at a given moment. The clock of these tests is
 * set by hand; none of them depends on the real date.
 */
import { describe, expect, it } from 'vitest';
import { clockStartingAt, configuredClock } from '../src/clock/clock.ts';
import { loadConfig } from '../src/config.ts';
import { testClock } from './helpers/requests.ts';
import { type Json, seededApp } from './helpers/seeded-app.ts';
import { signIn } from './helpers/sign-in.ts';

const FORM = '/api/period-forms/v34-14/2026-11';
const ROWS = [{ indicatorKey: 'bts_4g_added', value: 35 }];
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 10/12/2026';

/** Sơn La's November 2026 report sent at `sentAt`; what the inbox and completeness then say. */
async function sendNovemberAt(sentAt: string) {
  const clock = testClock(sentAt);
  const { app } = await seededApp('sqlite', undefined, { now: clock.now });
  const staff = await signIn(app, 'demo.sonla');
  const viewer = await signIn(app, 'demo.viewer');
  const inbox = (await staff.get('/api/inbox')).body;
  const sent = await staff.send('PUT', FORM, { sourceRef: SOURCE, rows: ROWS, submit: true });
  expect(sent.status).toBe(200);
  const completeness = (await viewer.get('/api/completeness/2026-11')).body;
  const sonla = completeness.units.find((u: Json) => u.unitId === 'v34-14');
  const november = inbox.items.find((i: Json) => i.period === '2026-11' && i.unitId === 'v34-14');
  return { today: inbox.today, november, sonla, deadline: completeness.deadline };
}

describe("deadlines in Vietnam's time", () => {
  it('counts a report sent at 06:30 the day after the deadline as late, though UTC still says the 10th', async () => {
    // 23:30 UTC on 10 December is 06:30 on 11 December in Hà Nội.
    const late = await sendNovemberAt('2026-12-10T23:30:00.000Z');
    expect(late.deadline).toBe('2026-12-10');
    expect(late.today).toBe('2026-12-11');
    expect(late.november).toMatchObject({ deadline: '2026-12-10', daysLeft: -1 });
    expect(late.sonla).toMatchObject({ onTime: false, firstSubmittedAt: '2026-12-10T23:30:00.000Z' });
  });

  it('counts one sent at 23:30 on the deadline in Hà Nội as on time', async () => {
    const onTime = await sendNovemberAt('2026-12-10T16:30:00.000Z');
    expect(onTime.today).toBe('2026-12-10');
    expect(onTime.november).toMatchObject({ daysLeft: 0 });
    expect(onTime.sonla).toMatchObject({ onTime: true });
  });
});

describe('the server clock', () => {
  it('starts at NOW, with its offset, and runs from there', async () => {
    const config = loadConfig({ NOW: '2026-12-03T09:00+07:00' });
    expect(config.now?.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    const clock = configuredClock(config.now);
    const first = clock().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = clock().getTime();
    expect(first - Date.parse('2026-12-03T02:00:00.000Z')).toBeLessThan(1_000);
    expect(later).toBeGreaterThan(first);
  });

  it('refuses a NOW without its offset, which would mean a different moment on every machine', () => {
    expect(() => loadConfig({ NOW: '2026-12-03T09:00' })).toThrow(/NOW: must be a moment with its offset/);
    expect(() => loadConfig({ NOW: '2026-13-40T09:00+07:00' })).toThrow(/NOW/);
  });

  it('without NOW reads the system clock', () => {
    expect(loadConfig({}).now).toBeUndefined();
    const fixed = clockStartingAt(new Date('2026-01-01T00:00:00Z'));
    expect(fixed().getUTCFullYear()).toBe(2026);
  });
});
