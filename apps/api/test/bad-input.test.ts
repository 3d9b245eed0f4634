/**
 * A sweep of hostile and malformed values through every GET endpoint: none may produce a server
 * error. Malformed values answer 400 (or 404 for a well-formed id that does not exist); free text
 * (`q`) may legitimately answer 200.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape } from './helpers/error-shape.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const e = encodeURIComponent;

interface Slot {
  name: string;
  url: (value: string) => string;
  /** Free text: any value may be answered 200. */
  free?: boolean;
  /** Values this slot legitimately answers 200 for: a filter on a well-formed but unknown key finds nothing. */
  accepts?: (value: string) => boolean;
  /** Takes a period key. */
  period?: boolean;
}

const series = (f: Record<string, string>) =>
  `/api/series?${new URLSearchParams({ indicator: 'telecom_revenue', unit: 'v34-44', periodType: 'year', from: '2019', to: '2026', ...f })}`;

const isKey = (v: string) => /^[a-z][a-z0-9_]{1,63}$/.test(v);
const isUnitList = (v: string) =>
  v.split(',').some(Boolean) && v.split(',').every((u) => !u || /^v(63|34)-\d\d$/.test(u));
const isInt = (min: number, max: number) => (v: string) =>
  Number.isInteger(Number(v)) && Number(v) >= min && Number(v) <= max;

const SLOTS: Slot[] = [
  { name: 'indicators/:key', url: (v) => `/api/indicators/${e(v)}` },
  { name: 'units/:id', url: (v) => `/api/units/${e(v)}` },
  { name: 'units?vintage', url: (v) => `/api/units?vintage=${e(v)}` },
  { name: 'units?date', url: (v) => `/api/units?date=${e(v)}` },
  { name: 'units?q', url: (v) => `/api/units?q=${e(v)}`, free: true },
  { name: 'observations?indicator', url: (v) => `/api/observations?indicator=${e(v)}`, accepts: isKey },
  { name: 'observations?unit', url: (v) => `/api/observations?unit=${e(v)}`, accepts: isUnitList },
  { name: 'observations?periodType', url: (v) => `/api/observations?periodType=${e(v)}` },
  { name: 'observations?from', url: (v) => `/api/observations?from=${e(v)}`, period: true },
  { name: 'observations?to', url: (v) => `/api/observations?to=${e(v)}`, period: true },
  { name: 'observations?demo', url: (v) => `/api/observations?demo=${e(v)}` },
  { name: 'observations?limit', url: (v) => `/api/observations?limit=${e(v)}`, accepts: isInt(1, 10_000) },
  {
    name: 'observations?offset',
    url: (v) => `/api/observations?offset=${e(v)}`,
    accepts: isInt(0, 10_000_000),
  },
  // A parameter without a name is no parameter at all.
  { name: 'observations?<field>', url: (v) => `/api/observations?${e(v)}=1`, accepts: (v) => v === '' },
  { name: 'targets?indicator', url: (v) => `/api/targets?indicator=${e(v)}`, accepts: isKey },
  { name: 'targets?unit', url: (v) => `/api/targets?unit=${e(v)}` },
  { name: 'targets?period', url: (v) => `/api/targets?period=${e(v)}`, period: true },
  { name: 'targets?national', url: (v) => `/api/targets?national=${e(v)}` },
  { name: 'summary/:unitId', url: (v) => `/api/summary/${e(v)}?period=2023` },
  { name: 'summary?period', url: (v) => `/api/summary/v63-14?period=${e(v)}`, period: true },
  { name: 'summary?period (new unit)', url: (v) => `/api/summary/v34-44?period=${e(v)}`, period: true },
  { name: 'summary?view', url: (v) => `/api/summary/v63-14?period=2023&view=${e(v)}` },
  { name: 'rankings/:indicator', url: (v) => `/api/rankings/${e(v)}?period=2022` },
  { name: 'rankings?period', url: (v) => `/api/rankings/telecom_revenue?period=${e(v)}`, period: true },
  { name: 'rankings?view', url: (v) => `/api/rankings/dti_rank?period=2022&view=${e(v)}` },
  { name: 'series?indicator', url: (v) => series({ indicator: v }) },
  { name: 'series?unit', url: (v) => series({ unit: v }) },
  { name: 'series?periodType', url: (v) => series({ periodType: v }) },
  { name: 'series?from', url: (v) => series({ from: v }), period: true },
  { name: 'series?to', url: (v) => series({ to: v }), period: true },
  {
    name: 'series?from (months)',
    url: (v) => series({ periodType: 'month', from: v, to: '2026-10' }),
    period: true,
  },
  { name: 'series?view', url: (v) => series({ view: v }) },
];

const HOSTILE = [
  "' OR 1=1 --",
  '1; DROP TABLE observation; --',
  "v63-14' OR '1'='1",
  '" UNION SELECT * FROM unit --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  '9'.repeat(400),
  'Bắc Kạn',
  '🙂🇻🇳',
  '\u202etxt.exe',
  'a\u200bb',
  '\u0000',
  '-1',
  '-2023',
  '-999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '',
  ' ',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '2023-13',
  '2023-Q5',
  '2023-H3',
  '0000',
  '1989',
  '2101',
  'v63-99,v63-98',
  ',,,',
  '[object Object]',
];

/** Valid keys at the edges of the calendar and of the merger. */
const EDGE_PERIODS = [
  '1990',
  '1990-01',
  '1990-Q1',
  '1990-H1',
  '2100',
  '2100-12',
  '2100-Q4',
  '2100-H2',
  '2025',
  '2025-06',
  '2025-07',
];

async function statusOf(url: string): Promise<number> {
  const response = await s.app.request(url);
  const body = await response.text();
  // Every answer, error or not, is JSON; every error has the one bilingual shape.
  expect(() => JSON.parse(body), url).not.toThrow();
  expectErrorShape(response.status, body, url);
  return response.status;
}

describe('hostile values', () => {
  it.each(SLOTS.map((slot) => [slot.name, slot] as const))(
    '%s answers 400 or 404, never 5xx',
    async (_, slot) => {
      for (const value of HOSTILE) {
        const status = await statusOf(slot.url(value));
        const allowed = slot.free || slot.accepts?.(value) ? [200, 400, 404] : [400, 404];
        expect(allowed, `${slot.name} = ${JSON.stringify(value.slice(0, 40))}`).toContain(status);
      }
      expect(s.errors).toEqual([]);
    },
  );
});

describe('valid values at the edges', () => {
  it.each(SLOTS.filter((slot) => slot.period).map((slot) => [slot.name, slot] as const))(
    '%s answers without a server error',
    async (_, slot) => {
      for (const value of EDGE_PERIODS) {
        expect([200, 400], `${slot.name} = ${value}`).toContain(await statusOf(slot.url(value)));
      }
      expect(s.errors).toEqual([]);
    },
  );
});

describe('raw malformed URLs', () => {
  it.each([
    '/api/units?q=%',
    '/api/units?q=%E0%A4%A',
    '/api/units/%E0%A4%A',
    '/api/summary/v63-14?period=%ZZ',
    '/api/rankings/dti_rank?period=2022&period=2023',
    '/api/series?unit=v34-44&unit=v63-44&indicator=telecom_revenue&periodType=year&from=2019&to=2020',
    '/api/observations?limit=1&limit=2',
  ])('%s is not a server error', async (url) => {
    expect(await statusOf(url)).toBeLessThan(500);
  });
});

describe('random values', () => {
  it('never produce a server error on any endpoint', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(...HOSTILE, ...EDGE_PERIODS),
      fc.integer({ min: -1e9, max: 1e9 }).map(String),
      fc.tuple(fc.constantFrom('v63-', 'v34-', 'V63-', 'v63'), fc.nat(120)).map(([p, n]) => `${p}${n}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SLOTS), value, async (slot, v) => {
        const status = await statusOf(slot.url(v));
        expect([200, 400, 404], `${slot.name} = ${JSON.stringify(v)}`).toContain(status);
      }),
      { numRuns: 300, seed: 20261122 },
    );
    expect(s.errors).toEqual([]);
  });
});
