/**
 * The honesty rules of "every figure right", through the real API on the seeded database:
 * one history for provinces that kept their territory, year-to-date compared like with like,
 * demo never silently meeting real, ranks as "r of N", bounds kept, past years enterable,
 * and a ranking's vintage that one stray figure cannot flip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

let s: Seeded;
let sonla: Client;
let quangtri: Client;
let reviewer: Client;

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
  quangtri = await signIn(s.app, 'demo.quangtri');
  reviewer = await signIn(s.app, 'demo.reviewer');
});

const item = (summary: Json, key: string): Json => summary.items.find((i: Json) => i.indicator === key);

/** Enters a figure as staff and has the demo reviewer approve it; returns the approved revision. */
async function publish(staff: Client, figure: Record<string, unknown>) {
  const created = await staff.send('POST', '/api/revisions', {
    sourceRef: 'Báo cáo số 01/BC-STTTT',
    submit: true,
    ...figure,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const approved = await reviewer.send('POST', `/api/revisions/${created.body.revision.id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body.revision;
}

describe('a province that kept its territory has one history (Sơn La, v63-14 → v34-14)', () => {
  it('draws 2019–2026 as one series in the reported view, never restated', async () => {
    const { body } = await getJson(
      s.app,
      '/api/series?indicator=telecom_revenue&unit=v34-14&periodType=year&from=2019&to=2026',
    );
    const points = body.points.filter((p: Json) => p.unitId === 'v34-14');
    expect(points).toHaveLength(8);
    expect(points.every((p: Json) => p.value !== null)).toBe(true);
    expect(points.some((p: Json) => p.basis === 'restated')).toBe(false);
    // No parts to list beside it: its history is its own, not made of a "Sơn La (cũ)".
    expect(points.every((p: Json) => p.components.length === 0)).toBe(true);
    // Its plans before the merger are its own too, drawn under its id.
    const plans = body.targets.filter((t: Json) => t.unitId === 'v34-14');
    expect(plans.some((t: Json) => Number(t.period) < 2025)).toBe(true);
  });

  it('shows 2025 rolled up from its own months, not badged restated', async () => {
    const { body } = await getJson(s.app, '/api/summary/v34-14?period=2025');
    expect(body.items.some((i: Json) => i.figure.basis === 'restated')).toBe(false);
  });

  it('keeps a merged province restated before the merger, and empty as reported', async () => {
    const { body } = await getJson(
      s.app,
      '/api/series?indicator=telecom_revenue&unit=v34-44&periodType=year&from=2023&to=2023&view=restated',
    );
    expect(body.points[0]).toMatchObject({ basis: 'restated', isDerived: true });
  });
});

describe('a year that is not over (2026, demo months to October)', () => {
  let ytd: Json;
  let full2025: Json;
  beforeAll(async () => {
    ytd = (await getJson(s.app, '/api/summary/v34-14?period=2026')).body;
    full2025 = (await getJson(s.app, '/api/summary/v34-14?period=2025')).body;
  });

  it('compares revenue so far with the plan pro rata, and with January–October 2025', () => {
    const revenue = item(ytd, 'telecom_revenue');
    expect(revenue.figure.isComplete).toBe(false);
    expect(revenue.coverage).toEqual({ months: 10, of: 12, isMissingUnits: false });
    expect(revenue.progress).toMatchObject({ basis: 'pro_rata', isProvisional: true });
    expect(revenue.horizon).toBe('2026');
    expect(revenue.change).toMatchObject({
      isLikeForLike: true,
      against: { period: '2025', months: 10, of: 12 },
    });
    // Ten months of 2025, not the whole year: a like-for-like base is smaller than the full year.
    expect(revenue.previous.value).toBeLessThan(item(full2025, 'telecom_revenue').figure.value);
  });

  it('judges a stock against the line from last year-end to the year’s plan, provisionally', () => {
    const villages = item(ytd, 'villages_mobile_broadband');
    const lastYearEnd = item(full2025, 'villages_mobile_broadband').figure.value;
    // Sơn La's demo plan for 2026 is there: the verdict is not left "not over".
    expect(villages.target).not.toBeNull();
    expect(['achieved', 'close', 'behind']).toContain(villages.progress.status);
    expect(villages.progress.isProvisional).toBe(true);
    const { value: plan } = villages.target;
    if (villages.figure.value >= plan) {
      expect(villages.progress).toMatchObject({ status: 'achieved', basis: 'full', comparedTarget: plan });
    } else {
      expect(villages.progress.basis).toBe('trajectory');
      expect(villages.progress.comparedTarget).toBeCloseTo(lastYearEnd + ((plan - lastYearEnd) * 10) / 12, 6);
    }
  });

  it('says a percentage’s change in points', () => {
    expect(item(ytd, 'villages_mobile_broadband').change.inPoints).toBe(true);
    expect(item(ytd, 'telecom_revenue').change.inPoints).toBe(false);
  });
});

describe('real figures entered among demo data', () => {
  let summary: Json;
  beforeAll(async () => {
    await publish(sonla, {
      unitId: 'v63-14',
      indicatorKey: 'telecom_revenue',
      period: '2022',
      value: 1300,
    });
    summary = (await getJson(s.app, '/api/summary/v63-14?period=2022')).body;
  });

  it('flags the verdict against a demo plan, the change from a demo year and the rank among demo figures', () => {
    const revenue = item(summary, 'telecom_revenue');
    expect(revenue.figure).toMatchObject({ value: 1300, isDemo: false });
    expect(revenue.target?.isDemo).toBe(true);
    expect(revenue.isPlanDemoForRealFigure).toBe(true);
    expect(revenue.change.isAgainstDemo).toBe(true);
    expect(revenue.rank.isAgainstDemo).toBe(true);
  });

  it('restates a merged province from a real and a demo part as partly demo, not as demo', async () => {
    await publish(quangtri, {
      unitId: 'v63-44',
      indicatorKey: 'telecom_revenue',
      period: '2022',
      value: 900,
    });
    const restated = (await getJson(s.app, '/api/summary/v34-44?period=2022&view=restated')).body;
    expect(item(restated, 'telecom_revenue').figure).toMatchObject({
      basis: 'restated',
      isDemo: true,
      isPartlyDemo: true,
    });
  });
});

describe('what a figure is, exactly', () => {
  it('stores a rank as r of N, N the vintage’s size unless given, and refuses r > N', async () => {
    const rank = await publish(sonla, {
      unitId: 'v63-14',
      indicatorKey: 'ict_index_rank',
      period: '2019',
      value: 12,
    });
    expect(rank).toMatchObject({ value: 12, rankedOf: 63 });
    const tooFar = await sonla.send('POST', '/api/revisions', {
      unitId: 'v34-14',
      indicatorKey: 'dti_rank',
      period: '2025',
      value: 40,
      sourceRef: 'Quyết định công bố DTI 2025',
    });
    expect(tooFar.status).toBe(400);
    expect(JSON.stringify(tooFar.body)).toContain('34');
  });

  it('keeps "trên 90%" as a lower bound of 90 and shows it on the card', async () => {
    await publish(sonla, {
      unitId: 'v63-14',
      indicatorKey: 'communes_4g',
      period: '2021',
      value: 90,
      qualifier: 'above',
    });
    const { body } = await getJson(s.app, '/api/summary/v63-14?period=2021');
    expect(item(body, 'communes_4g').figure).toMatchObject({ value: 90, qualifier: 'above' });
  });

  it('lets a figure be entered for any year from 2015, and the pickers offer them', async () => {
    const old = await sonla.send('POST', '/api/revisions', {
      unitId: 'v63-14',
      indicatorKey: 'ict_index_rank',
      period: '2016',
      value: 30,
      sourceRef: 'Báo cáo ICT Index 2016',
    });
    expect(old.status).toBe(201);
    const tooOld = await sonla.send('POST', '/api/revisions', {
      unitId: 'v63-14',
      indicatorKey: 'ict_index_rank',
      period: '2014',
      value: 30,
      sourceRef: 'Báo cáo 2014',
    });
    expect(tooOld.status).toBe(400);
    const meta = await getJson(s.app, '/api/meta');
    expect(meta.body.years.first).toBe(2015);
  });
});

describe('a ranking’s vintage', () => {
  it('stays the 34 after the merger even when a former province holds a figure for that year', async () => {
    await s.db
      .insertInto('observation')
      .values({
        unit_id: 'v63-14',
        indicator_key: 'ict_index_rank',
        period: '2026',
        period_type: 'year',
        year: 2026,
        value: 3,
        numerator: null,
        denominator: null,
        source_ref: 'stray',
        source_quote: null,
        note: null,
        status: 'approved',
        is_demo: 0,
        created_by: 'test',
        updated_by: 'test',
        created_at: '2026-11-22T00:00:00.000Z',
        updated_at: '2026-11-22T00:00:00.000Z',
      })
      .execute();
    const { body } = await getJson(s.app, '/api/rankings/ict_index_rank?period=2026');
    expect(body.vintage).toBe(34);
    expect(body.rows).toHaveLength(34);
  });
});

describe('no server errors', () => {
  it('logged none', () => {
    expect(s.errors).toEqual([]);
  });
});
