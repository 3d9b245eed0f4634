/**
 * Where a figure comes from, as a reader sees it: a figure quoted from a seed report names the
 * report by its title, publisher and date (never the file it was read from, `seeds/…txt`), and the
 * API lists those reports so a screen can cite them in English too. A source typed by staff stays
 * as typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

const SON_LA_2023 = {
  title: 'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông',
  publisher: { vi: 'Cổng thông tin điện tử tỉnh Sơn La', en: 'Sơn La Provincial Portal' },
  publishedOn: '2024-01-10',
};
const SON_LA_REF = `${SON_LA_2023.title} — ${SON_LA_2023.publisher.vi}, 10/01/2024`;

let s: Seeded;
let sonla: Client;

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
});

describe('sources of seeded figures', () => {
  it("names the report of Sơn La's 2023 figures by title, publisher and date, with the quote", async () => {
    const { body } = await getJson(s.app, '/api/summary/v63-14?period=2023');
    const villages = body.items.find((i: Json) => i.indicator === 'villages_mobile_broadband');
    expect(villages.figure.sourceRefs).toEqual([SON_LA_REF]);
    expect(villages.sourceQuote).toBe(
      '212/216 bản được phủ sóng băng rộng di động, vượt 82% so với kế hoạch đề ra',
    );
    // The plan derived from "vượt 8% so với kế hoạch" names the same report.
    const revenue = body.items.find((i: Json) => i.indicator === 'telecom_revenue');
    expect(revenue.target.source).toMatch(new RegExp(`^${SON_LA_2023.title}`));
  });

  it('never gives a file name as the source of any figure or plan', async () => {
    const { body } = await getJson(s.app, '/api/observations?demo=exclude&limit=10000');
    const sources = body.observations.map((o: Json) => o.sourceRef);
    expect(sources.filter((ref: string) => /seeds\/|\.txt/.test(ref))).toEqual([]);
    const plans = (await getJson(s.app, '/api/targets?unit=v63-14')).body.targets;
    // Only revenue's "vượt 8%" gives a plan; the villages' "vượt 82%" on a percentage gives none.
    expect(plans.filter((p: Json) => p.isDerived).map((p: Json) => p.indicatorKey)).toEqual([
      'telecom_revenue',
    ]);
    expect(plans.filter((p: Json) => /seeds\/|\.txt/.test(p.source))).toEqual([]);
  });

  it('lists the four seed reports, keyed by the reference their figures carry', async () => {
    const { status, body } = await getJson(s.app, '/api/sources');
    expect(status).toBe(200);
    expect(body.reports).toHaveLength(4);
    expect(body.reports).toContainEqual({ ref: SON_LA_REF, ...SON_LA_2023 });
    expect(body.reports.map((r: Json) => r.publisher.vi)).toEqual([
      'Báo Quảng Bình',
      'Sở Thông tin và Truyền thông tỉnh Ninh Thuận',
      'Sở Thông tin và Truyền thông tỉnh Bắc Kạn',
      'Cổng thông tin điện tử tỉnh Sơn La',
    ]);
  });

  it('keeps a source typed by staff as typed', async () => {
    const source = 'Kế hoạch 12/KH-UBND ngày 15/01/2026';
    const created = await sonla.send('POST', '/api/targets', {
      unitId: 'v34-14',
      indicatorKey: 'bts_4g_added',
      period: '2032',
      value: 40,
      source,
    });
    expect(created.status).toBe(201);
    const { body } = await getJson(s.app, '/api/targets?unit=v34-14&indicator=bts_4g_added&period=2032');
    expect(body.targets.map((t: Json) => t.source)).toEqual([source]);
  });
});
