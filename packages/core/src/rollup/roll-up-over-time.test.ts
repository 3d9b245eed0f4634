/** Tests of the over-time roll-up rules: stocks take the end value, flows add up, ratios recompute. */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import type { Cell } from './figure.ts';
import { rollUpKey, rollUpOverTime } from './roll-up-over-time.ts';

const stock = { overTime: 'last', unit: 'percent' } as const;
const flow = { overTime: 'sum', unit: 'billion_vnd' } as const;
const flowRatio = { overTime: 'ratio', unit: 'percent' } as const;
const rank = { overTime: 'last', unit: 'rank' } as const;

function cell(period: string, value: number | null, numerator: number | null = null, denominator = 0): Cell {
  return {
    period,
    value,
    numerator,
    denominator: numerator === null ? null : denominator,
    isDemo: false,
    sourceRef: `report ${period}`,
  };
}

const month = (m: number) => `2023-${String(m).padStart(2, '0')}`;
/** Villages covered, month by month, out of 216: 200 in January rising to 211 in December. */
const villageMonths = Array.from({ length: 12 }, (_, i) => {
  const covered = 200 + i;
  return cell(month(i + 1), Math.round((covered / 216) * 10000) / 100, covered, 216);
});

describe('a stock (last)', () => {
  it('takes the value at the end of the year, not a sum or mean of the months', () => {
    const year = rollUpKey(stock, '2023', villageMonths);
    expect(year.value).toBe(villageMonths[11]?.value);
    expect(year.numerator).toBe(211);
    expect(year.denominator).toBe(216);
    expect(year).toMatchObject({ basis: 'rolled_up', isComplete: true, isDerived: true, parts: ['2023-12'] });
    expect(year.missing).toEqual([]);
  });

  it('takes the end of a quarter for the quarter', () => {
    expect(rollUpKey(stock, '2023-Q2', villageMonths).numerator).toBe(205);
  });

  it('with the last months missing, shows the latest value and says the year is incomplete', () => {
    const year = rollUpKey(stock, '2023', villageMonths.slice(0, 10));
    expect(year.isComplete).toBe(false);
    expect(year.numerator).toBe(209);
    expect(year.value).toBe(villageMonths[9]?.value);
    expect(year.missing).toEqual(['2023-11', '2023-12']);
  });

  it('is the year-end value, complete, when December is known even if May is missing', () => {
    const withoutMay = villageMonths.filter((c) => c.period !== '2023-05');
    const year = rollUpKey(stock, '2023', withoutMay);
    expect(year.numerator).toBe(211);
    expect(year.isComplete).toBe(true);
    expect(year.missing).toEqual([]);
  });

  it('takes the year-end value from Q4 when the months stop in September', () => {
    const cells = [...villageMonths.slice(0, 9), cell('2023-Q4', 97.69, 211, 216)];
    expect(rollUpKey(stock, '2023', cells)).toMatchObject({ numerator: 211, isComplete: true, missing: [] });
  });
});

describe('a flow (sum)', () => {
  const revenue = [100, 110, 120, 90, 95, 130, 125, 118, 122, 140, 150, 163].map((v, i) =>
    cell(month(i + 1), v),
  );

  it('adds the months up to the year and to each quarter', () => {
    expect(rollUpKey(flow, '2023', revenue).value).toBe(1463);
    expect(rollUpKey(flow, '2023-Q1', revenue).value).toBe(330);
    expect(rollUpKey(flow, '2023-H2', revenue).value).toBe(818);
    expect(rollUpKey(flow, '2023', revenue).sourceRefs).toHaveLength(12);
  });

  it('with a month missing, adds what is there and names the gap rather than filling it', () => {
    const year = rollUpKey(
      flow,
      '2023',
      revenue.filter((c) => c.period !== '2023-07'),
    );
    expect(year.value).toBe(1463 - 125);
    expect(year.isComplete).toBe(false);
    expect(year.missing).toEqual(['2023-07']);
  });
});

describe('a flow ratio', () => {
  // Dossiers handled online: a busy month at 90%, a quiet month at 10%, another busy one at 90%.
  const dossiers = [cell('2023-01', 90, 90, 100), cell('2023-02', 10, 1, 10), cell('2023-03', 90, 90, 100)];

  it('is Σnumerator / Σdenominator over the months, not the mean of the monthly percentages', () => {
    const q1 = rollUpKey(flowRatio, '2023-Q1', dossiers);
    const meanOfPercentages = (90 + 10 + 90) / 3;
    expect(q1.numerator).toBe(181);
    expect(q1.denominator).toBe(210);
    expect(q1.value).toBeCloseTo((181 / 210) * 100, 10);
    expect(q1.value).not.toBeCloseTo(meanOfPercentages, 1);
    expect(q1.isComplete).toBe(true);
  });

  it('needs a numerator and denominator: a month with only a percentage counts as missing', () => {
    const q1 = rollUpKey(flowRatio, '2023-Q1', [...dossiers.slice(0, 2), cell('2023-03', 90)]);
    expect(q1.numerator).toBe(91);
    expect(q1.missing).toEqual(['2023-03']);
    expect(q1.isComplete).toBe(false);
  });
});

describe('sources of a roll-up', () => {
  it('uses a figure reported for the period itself over its months', () => {
    const months = [100, 200, 300].map((v, i) => cell(month(i + 1), v));
    const q1 = rollUpKey(flow, '2023-Q1', [...months, cell('2023-Q1', 550)]);
    expect(q1.value).toBe(550);
    expect(q1).toMatchObject({ basis: 'reported', isDerived: false, parts: ['2023-Q1'] });
  });

  it('uses quarters when there are no months', () => {
    const quarters = [300, 350, 400, 413].map((v, i) => cell(`2023-Q${i + 1}`, v));
    const year = rollUpKey(flow, '2023', quarters);
    expect(year.value).toBe(1463);
    expect(year.parts).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    expect(year.isComplete).toBe(true);
    expect(
      rollUpKey(stock, '2023', [cell('2023-Q2', 95, 205, 216), cell('2023-Q4', 97.69, 211, 216)]),
    ).toMatchObject({ numerator: 211, isComplete: true, missing: [] });
    expect(rollUpKey(flow, '2023', [cell('2023-Q2', 350), cell('2023-Q4', 413)])).toMatchObject({
      value: 763,
      isComplete: false,
      missing: ['2023-Q1', '2023-Q3'],
    });
  });

  it('adds months 1–9 and Q4 into the full year', () => {
    const months = Array.from({ length: 9 }, (_, i) => cell(month(i + 1), 100));
    const year = rollUpKey(flow, '2023', [...months, cell('2023-Q4', 363)]);
    expect(year).toMatchObject({ value: 1263, isComplete: true, missing: [] });
    expect(year.parts).toEqual([...months.map((c) => c.period), '2023-Q4']);
  });

  it('adds quarters before the merger and months after it', () => {
    const cells = [
      cell('2025-Q1', 300),
      cell('2025-Q2', 320),
      ...[7, 8, 9, 10, 11, 12].map((m) => cell(`2025-${String(m).padStart(2, '0')}`, 110)),
    ];
    expect(rollUpKey(flow, '2025', cells)).toMatchObject({ value: 1280, isComplete: true });
    expect(rollUpKey(flow, '2025', cells.slice(0, 6))).toMatchObject({
      value: 1060,
      isComplete: false,
      missing: ['2025-11', '2025-12'],
    });
  });

  it('lists a year-to-date flow as incomplete with the months to come', () => {
    const months = Array.from({ length: 10 }, (_, i) => cell(month(i + 1), 100));
    expect(rollUpKey(flow, '2023', months)).toMatchObject({
      value: 1000,
      isComplete: false,
      missing: ['2023-11', '2023-12'],
    });
  });

  it('prefers complete quarters to incomplete months', () => {
    const cells = [cell('2023-01', 100), ...[300, 350, 400, 413].map((v, i) => cell(`2023-Q${i + 1}`, v))];
    expect(rollUpKey(flow, '2023', cells)).toMatchObject({ value: 1463, isComplete: true });
  });

  it('gives no figure when nothing inside the period is known', () => {
    expect(rollUpKey(flow, '2023', [cell('2022-12', 5)]).basis).toBe('none');
    expect(rollUpKey(flow, '2023-03', villageMonths.slice(0, 2)).value).toBeNull();
  });

  it('marks a roll-up as demo when any part is demo', () => {
    const parts = [cell('2023-01', 1), { ...cell('2023-02', 2), isDemo: true }, cell('2023-03', 3)];
    expect(rollUpKey(flow, '2023-Q1', parts).isDemo).toBe(true);
    expect(rollUpKey(flow, '2023-Q1', [cell('2023-01', 1)]).isDemo).toBe(false);
  });

  it('says when demo and real months were added together', () => {
    const parts = [cell('2023-01', 1), { ...cell('2023-02', 2), isDemo: true }, cell('2023-03', 3)];
    expect(rollUpKey(flow, '2023-Q1', parts)).toMatchObject({ isDemo: true, isPartlyDemo: true });
    const allDemo = parts.map((c) => ({ ...c, isDemo: true }));
    expect(rollUpKey(flow, '2023-Q1', allDemo)).toMatchObject({ isDemo: true, isPartlyDemo: false });
  });

  it('carries a bound through a sum: months "over" and exact make an "over" quarter', () => {
    const parts = [
      cell('2023-01', 1),
      { ...cell('2023-02', 2), qualifier: 'above' as const },
      cell('2023-03', 3),
    ];
    expect(rollUpKey(flow, '2023-Q1', parts).qualifier).toBe('above');
    expect(rollUpKey(flow, '2023-Q1', parts.slice(0, 1)).qualifier).toBe('exact');
  });
});

describe('a rank', () => {
  it('never rolls up: monthly or quarterly ranks make no yearly rank', () => {
    const ranks = [15, 12, 17, 16].map((r, i) => cell(`2022-Q${i + 1}`, r));
    const year = rollUpOverTime(rank, periodOf('2022'), ranks);
    expect(year.value).toBeNull();
    expect(year.basis).toBe('none');
  });

  it('is shown where it was published', () => {
    expect(rollUpOverTime(rank, periodOf('2022'), [cell('2022', 15)])).toMatchObject({
      value: 15,
      basis: 'reported',
    });
  });
});
