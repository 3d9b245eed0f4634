import { describe, expect, it } from 'vitest';
import { type RankFigure, rankHistoryRows } from './rank-history.ts';

const f = (unitId: string, rank: number, of: number, isDemo = false): RankFigure => ({
  unitId,
  rank,
  of,
  isDemo,
});
const REGION: Record<string, string> = {
  'v63-14': 'TDMNPB',
  'v63-11': 'TDMNPB',
  'v63-01': 'DBSH',
  'v34-14': 'TDMNPB',
  'v34-11': 'TDMNPB',
  'v34-01': 'DBSH',
};
const FIGURES: Record<number, RankFigure[]> = {
  2023: [f('v63-14', 40, 63), f('v63-11', 30, 63), f('v63-01', 1, 63)],
  2024: [f('v63-14', 31, 63), f('v63-11', 35, 63), f('v63-01', 2, 63)],
  2025: [f('v34-14', 5, 34, true), f('v34-11', 9, 34, true), f('v34-01', 1, 34, true)],
};

describe('rankHistoryRows', () => {
  const rows = rankHistoryRows({
    years: [2022, 2023, 2024, 2025],
    lineUnit: (year) => (year < 2025 ? 'v63-14' : 'v34-14'),
    figuresOf: (year) => FIGURES[year] ?? [],
    regionOf: (id) => REGION[id] ?? null,
  });

  it('follows the former province before the merger and the province after, one line', () => {
    expect(rows.map((r) => [r.year, r.unitId, r.rank, r.of])).toEqual([
      [2023, 'v63-14', 40, 63],
      [2024, 'v63-14', 31, 63],
      [2025, 'v34-14', 5, 34],
    ]);
  });

  it('gives the place in the region and the region’s best', () => {
    expect(rows[0]?.region).toEqual({
      code: 'TDMNPB',
      place: 2,
      of: 2,
      best: { unitId: 'v63-11', rank: 30 },
    });
    expect(rows[1]?.region).toEqual({
      code: 'TDMNPB',
      place: 1,
      of: 2,
      best: { unitId: 'v63-14', rank: 31 },
    });
  });

  it('gives a move between rankings of the same size only, and says when they differ', () => {
    expect(rows.map((r) => [r.move, r.isOtherRanking])).toEqual([
      [null, false],
      [9, false],
      [null, true],
    ]);
    expect(rows[2]?.isDemo).toBe(true);
  });
});
