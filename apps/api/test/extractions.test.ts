/**
 * `POST /api/extractions` as staff use it: a report's text in, proposed figures out, each with the
 * exact words it came from (`quote === text.slice(start, end)`), in the province and period the
 * report is about, or the caller's own when the text does not say. Nothing is stored. Bad input gets
 * a 400 naming the field; a body over 2 MiB a 413.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/seed/csv.ts';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

const SON_LA_2023 = readFileSync(`${DATA_DIR}seeds/003_5a89764e27854e64.txt`, 'utf8');

let s: Seeded;
let sonla: Client;

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
});

describe('POST /api/extractions', () => {
  it('reads a province’s year-end report into proposals quoting the report’s own words', async () => {
    const { status, body } = await sonla.send('POST', '/api/extractions', { text: SON_LA_2023 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ unitId: 'v63-14', period: '2023' });
    for (const p of body.proposals as Json[]) expect(SON_LA_2023.slice(p.start, p.end)).toBe(p.quote);
    const revenue = body.proposals.find(
      (p: Json) => p.indicatorKey === 'telecom_revenue' && p.kind === 'figure',
    );
    expect(revenue).toMatchObject({ unitId: 'v63-14', period: '2023', value: 1463, qualifier: 'exact' });
    const villages = body.proposals.find(
      (p: Json) => p.indicatorKey === 'villages_mobile_broadband' && p.kind === 'figure',
    );
    expect(villages).toMatchObject({ numerator: 212, denominator: 216 });
    // "vượt 82% so với kế hoạch" on a rate is never a plan (One truth on every screen).
    const villagePlan2023 = body.proposals.filter(
      (p: Json) => p.indicatorKey === 'villages_mobile_broadband' && p.kind === 'plan' && p.period === '2023',
    );
    expect(villagePlan2023).toEqual([]);
  });

  it('puts a report that names no province in the caller’s, and stores nothing', async () => {
    const before = await getJson(s.app, '/api/observations?unit=v34-14&limit=10000');
    const text = 'Trong tháng 10/2025, toàn tỉnh phát triển mới 15 trạm BTS 4G.';
    const { status, body } = await sonla.send('POST', '/api/extractions', { text, unitId: 'v34-14' });
    expect(status).toBe(200);
    expect(body.proposals).toContainEqual(
      expect.objectContaining({
        unitId: 'v34-14',
        period: '2025-10',
        indicatorKey: 'bts_4g_added',
        value: 15,
      }),
    );
    const after = await getJson(s.app, '/api/observations?unit=v34-14&limit=10000');
    expect(after.body).toEqual(before.body);
  });

  it('refuses what it cannot read with a 400 naming the field, and a body over 2 MiB with a 413', async () => {
    const empty = await sonla.send('POST', '/api/extractions', { text: '' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.error)).toContain('text');
    const nul = await sonla.send('POST', '/api/extractions', { text: 'Năm 2023\u0000' });
    expect(nul.status).toBe(400);
    const unknownUnit = await sonla.send('POST', '/api/extractions', { text: 'Năm 2023', unitId: 'v34-99' });
    expect(unknownUnit.status).toBe(400);
    expect(JSON.stringify(unknownUnit.body.error)).toContain('unitId');
    const extra = await sonla.send('POST', '/api/extractions', { text: 'Năm 2023', save: true });
    expect(extra.status).toBe(400);
    const huge = await sonla.send('POST', '/api/extractions', { text: 'x'.repeat(2 * 1024 * 1024 + 1) });
    expect(huge.status).toBe(413);
  });
});
