import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SERIES_EXPORT_COLUMNS,
  seriesExportRows,
  sortTableRows,
  TABLE_EXPORT_COLUMNS,
  tableExportRows,
} from './compare-table.ts';
import { buildPanel, shownValues } from './panel-rows.ts';
import { seriesGaps } from './series-gaps.ts';
import { sharedDomain } from './shared-domain.ts';

const point = (
  period: string,
  value: number | null,
  extra: Partial<{ basis: string; isDemo: boolean; isComplete: boolean }> = {},
) => ({
  period,
  value,
  basis: 'reported',
  isComplete: true,
  isDemo: false,
  isPartlyDemo: false,
  ...extra,
});
const agg = (period: string, value: number | null) => ({
  period,
  value,
  isPartial: false,
  isDemo: false,
  isPartlyDemo: false,
});

// Telecom revenue (tỷ đồng), Sơn La and Lai Châu, and the nation's total.
const revenue = {
  indicator: { acrossUnits: 'sum' as const, unit: 'billion_vnd' as const },
  periods: ['2019', '2020', '2021'],
  series: [
    { unitId: 'v34-14', points: [point('2019', 1122.69), point('2020', null), point('2021', 1463)] },
    {
      unitId: 'v34-12',
      points: [
        point('2019', 511.74, { isDemo: true }),
        point('2020', 593.84, { basis: 'restated' }),
        point('2021', 623.93),
      ],
    },
  ],
  national: [agg('2019', 104560), agg('2020', 110366), agg('2021', 116856)],
  regional: [{ regionCode: 'TDMNPB', points: [agg('2019', 17155), agg('2020', 18443), agg('2021', 19179)] }],
  plans: [
    { unitId: 'v34-14', period: '2021', value: 1300, isDemo: false, isDerived: true },
    { unitId: null, period: '2021', value: 9, isDemo: false, isDerived: false },
  ],
};

describe('a panel of the compare page', () => {
  it('keeps a missing value a gap, marks restated and demo points, and leaves a national sum off the provinces’ scale', () => {
    const panel = buildPanel({ ...revenue, base: null }, 'vi');
    expect(panel.rows.map((r) => r.cells['v34-14']?.shown)).toEqual([1122.69, null, 1463]);
    expect(panel.rows[1]?.cells['v34-12']).toMatchObject({ isHollow: true, isRestated: true });
    expect(panel.rows[0]?.cells['v34-12']).toMatchObject({ isDemo: true, isHollow: false });
    expect(panel.drawsAggregates).toBe(false);
    expect(panel.rows[2]?.plans).toEqual({
      'v34-14': { shown: 1300, value: 1300, isDemo: false, isDerived: true },
    });
    expect(Math.max(...shownValues(panel))).toBe(1463);
  });

  it('indexes every series to its own base value, a plan to its province’s, and draws the totals then', () => {
    const panel = buildPanel({ ...revenue, base: '2019' }, 'vi');
    expect(panel.drawsAggregates).toBe(true);
    expect(panel.rows[0]?.cells['v34-14']?.shown).toBe(100);
    expect(panel.rows[2]?.cells['v34-14']?.shown).toBeCloseTo((100 * 1463) / 1122.69, 9);
    expect(panel.rows[2]?.cells['v34-14']?.value).toBe(1463);
    expect(panel.rows[2]?.plans['v34-14']?.shown).toBeCloseTo((100 * 1300) / 1122.69, 9);
    expect(panel.rows[2]?.national?.shown).toBeCloseTo((100 * 116856) / 104560, 9);
    expect(panel.rows[1]?.regional.TDMNPB?.shown).toBeCloseTo((100 * 18443) / 17155, 9);
    expect(panel.baseProblems).toEqual([]);
  });

  it('says which series have no base value rather than indexing them to another period', () => {
    const panel = buildPanel({ ...revenue, base: '2020' }, 'vi');
    expect(panel.baseProblems).toEqual([{ seriesId: 'v34-14', problem: 'no_base_value' }]);
    expect(panel.rows.map((r) => r.cells['v34-14']?.shown)).toEqual([null, null, null]);
    expect(panel.rows[2]?.plans['v34-14']).toBeUndefined();
  });
});

/** Where a value sits on a drawn axis: 0 at the bottom, 1 at the top (a reversed axis flips it). */
const heightOf = (v: number, axis: { domain: [number, number]; isReversed: boolean }) => {
  const share = (v - axis.domain[0]) / (axis.domain[1] - axis.domain[0]);
  return axis.isReversed ? 1 - share : share;
};

describe('a rank drawn better-up, indexed or not', () => {
  // DTI rank: Sơn La 40th (2021) → 20th (2023), better; Lai Châu 30th → 45th, worse.
  const ranks = {
    indicator: { acrossUnits: 'none' as const, unit: 'rank' as const },
    periods: ['2021', '2022', '2023'],
    series: [
      { unitId: 'v34-14', points: [point('2021', 40), point('2022', 30), point('2023', 20)] },
      { unitId: 'v34-12', points: [point('2021', 30), point('2022', 40), point('2023', 45)] },
    ],
    national: [],
    regional: [],
    plans: [],
  };
  const drawnHeights = (base: string | null) => {
    const panel = buildPanel({ ...ranks, base }, 'vi');
    const axis = sharedDomain(shownValues(panel), 'rank', base !== null);
    const last = panel.rows.at(-1)?.cells ?? {};
    const first = panel.rows[0]?.cells ?? {};
    const rise = (id: string) =>
      heightOf(last[id]?.shown as number, axis) - heightOf(first[id]?.shown as number, axis);
    return { better: rise('v34-14'), worse: rise('v34-12') };
  };

  it('draws the province that climbed going up and the one that fell going down, as ranks', () => {
    const { better, worse } = drawnHeights(null);
    expect(better).toBeGreaterThan(0);
    expect(worse).toBeLessThan(0);
  });

  it('draws them the same way round as an index to the base year (20th from 40th is 50)', () => {
    const panel = buildPanel({ ...ranks, base: '2021' }, 'vi');
    expect(panel.rows.at(-1)?.cells['v34-14']?.shown).toBe(50);
    const { better, worse } = drawnHeights('2021');
    expect(better).toBeGreaterThan(0);
    expect(worse).toBeLessThan(0);
  });

  it('runs no other axis upside down', () => {
    expect(sharedDomain([50, 150], 'billion_vnd', true).isReversed).toBe(false);
    expect(sharedDomain([50, 90], 'percent', false).isReversed).toBe(false);
  });
});

describe('the shared scale of a panel', () => {
  it('starts at 0 unless that flattens the lines, caps a percentage at 100 and shows 100 for an index', () => {
    expect(sharedDomain([85.71, 99.09], 'percent', false)).toEqual({
      domain: [80, 100],
      floor: 80,
      ticks: [80, 85, 90, 95, 100],
      isReversed: false,
    });
    expect(sharedDomain([511.74, 2904.78], 'billion_vnd', false)).toMatchObject({
      domain: [0, 3000],
      floor: null,
    });
    expect(sharedDomain([93.4, 143.2], 'billion_vnd', true).ticks).toEqual([
      90, 100, 110, 120, 130, 140, 150,
    ]);
    expect(sharedDomain([112, 131], 'billion_vnd', true)).toMatchObject({ floor: 95 });
    expect(sharedDomain([5, 44, 53], 'rank', false)).toEqual({
      domain: [1, 53],
      floor: null,
      ticks: null,
      isReversed: true,
    });
    expect(sharedDomain([], 'percent', false).domain).toEqual([0, 100]);
  });

  it('property: every value drawn lies within the domain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (values, isIndex) => {
          const { domain } = sharedDomain(values, 'billion_vnd', isIndex);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(domain[0]);
            expect(v).toBeLessThanOrEqual(domain[1] + 1e-9);
          }
        },
      ),
    );
  });
});

describe('gaps in a series', () => {
  it('joins consecutive missing periods into runs and says when a series is empty', () => {
    const periods = ['2019', '2020', '2021', '2022', '2023'];
    const values = [null, null, 3, null, 5];
    expect(
      seriesGaps(periods, [
        { seriesId: 'a', points: periods.map((p, i) => ({ period: p, value: values[i] ?? null })) },
      ]),
    ).toEqual([
      {
        seriesId: 'a',
        runs: [
          ['2019', '2020'],
          ['2022', '2022'],
        ],
        isEmpty: false,
      },
    ]);
    expect(seriesGaps(periods, [{ seriesId: 'b', points: [] }])).toEqual([
      { seriesId: 'b', runs: [['2019', '2023']], isEmpty: true },
    ]);
    expect(
      seriesGaps(periods, [{ seriesId: 'c', points: periods.map((p) => ({ period: p, value: 1 })) }]),
    ).toEqual([]);
  });
});

describe('the table', () => {
  const row = (unitId: string, value: number | null, rank: number | null) => ({
    unitId,
    figure: { value },
    target: value === null ? null : { value: 100 },
    progress: { ratio: value === null ? null : value / 100, status: 'close' as const },
    rank: rank === null ? null : { rank, of: 34 },
    change: { delta: null },
  });
  const rows = [row('v34-14', 98.48, 20), row('v34-11', null, null), row('v34-12', 97.7, 26)];
  const names: Record<string, string> = { 'v34-14': 'Sơn La', 'v34-11': 'Điện Biên', 'v34-12': 'Lai Châu' };

  it('sorts by a column with missing values last either way, and by name the Vietnamese way', () => {
    const ids = (column: Parameters<typeof sortTableRows>[1], dir: 'ascending' | 'descending') =>
      sortTableRows(rows, column, dir, (id) => names[id] as string).map((r) => r.unitId);
    expect(ids('value', 'descending')).toEqual(['v34-14', 'v34-12', 'v34-11']);
    expect(ids('value', 'ascending')).toEqual(['v34-12', 'v34-14', 'v34-11']);
    expect(ids('rank', 'ascending')).toEqual(['v34-14', 'v34-12', 'v34-11']);
    expect(ids('unit', 'ascending')).toEqual(['v34-11', 'v34-12', 'v34-14']);
  });

  it('becomes a file’s rows with raw numbers and empty cells for what is missing', () => {
    const headers = Object.fromEntries(TABLE_EXPORT_COLUMNS.map((c) => [c, c])) as Record<
      (typeof TABLE_EXPORT_COLUMNS)[number],
      string
    >;
    const [header, first, second] = tableExportRows(
      rows.slice(0, 2).map((r) => ({
        ...r,
        indicatorKey: 'villages_mobile_broadband',
        indicatorName: 'Thôn có sóng',
        unitName: names[r.unitId] as string,
        period: '2024',
        statusText: 'Gần đạt',
        previous: { period: '2023', value: null },
        kindText: '',
      })),
      headers,
    );
    expect(header).toEqual([...TABLE_EXPORT_COLUMNS]);
    expect(first).toEqual([
      'Thôn có sóng',
      'villages_mobile_broadband',
      'Sơn La',
      'v34-14',
      '2024',
      98.48,
      100,
      98.5,
      'Gần đạt',
      20,
      34,
      null,
      '2023',
      null,
      '',
    ]);
    expect(second?.[5]).toBeNull();
  });

  it('leaves the index column out of the series file unless relative', () => {
    const headers = Object.fromEntries(SERIES_EXPORT_COLUMNS.map((c) => [c, c])) as Record<
      (typeof SERIES_EXPORT_COLUMNS)[number],
      string
    >;
    const item = {
      indicatorKey: 'k',
      indicatorName: 'K',
      seriesId: 'national',
      seriesName: 'Cả nước',
      period: '2019',
      value: 5,
      index: 100,
      plan: null,
      kindText: '',
    };
    expect(seriesExportRows([item], headers, false)[0]).not.toContain('index');
    expect(seriesExportRows([item], headers, true)[1]).toEqual([
      'K',
      'k',
      'Cả nước',
      'national',
      '2019',
      5,
      100,
      null,
      '',
    ]);
  });
});
