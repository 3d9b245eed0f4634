/**
 * rankIndicator on a small world: Quảng Bình (v63-44) and old Quảng Trị (v63-45) merged into
 * Quảng Trị (v34-44); Sơn La (v63-14) carried over as v34-14.
 */
import { describe, expect, it } from 'vitest';
import type { LineageUnit } from '../lineage/resolve-figure.ts';
import { periodOf } from '../periods/period.ts';
import type { Cell } from '../rollup/figure.ts';
import { cell, rankingContext, testIndicator } from '../testing/merger-world.ts';
import { rankIndicator, rankingVintage } from './rank-indicator.ts';

const revenue = testIndicator('telecom_revenue', {
  unit: 'billion_vnd',
  overTime: 'sum',
  acrossUnits: 'sum',
});
const dtiRank = testIndicator('dti_rank', { unit: 'rank', overTime: 'last', acrossUnits: 'none' });

const c = (period: string, value: number, isDemo = false): Cell => cell(period, value, { isDemo });
const context = rankingContext;

const ids = (ranking: { rows: { unit: LineageUnit; rank: number | null }[] }) =>
  ranking.rows.map((r) => `${r.unit.id}:${r.rank}`);

describe('which units a ranking lists', () => {
  const ctx = context(revenue, { 'v63-44': [c('2023', 900)], 'v63-45': [c('2023', 563)] });

  it('lists the 63 for a period before the merger, as reported', () => {
    expect(rankingVintage(ctx, periodOf('2023'), 'reported')).toBe(63);
  });

  it('lists today’s 34 when restated, whatever the period', () => {
    expect(rankingVintage(ctx, periodOf('2023'), 'restated')).toBe(34);
  });

  it('lists the 34 for an index published for them after the merger (DTI 2024)', () => {
    const dti = context(dtiRank, { 'v34-44': [c('2024', 12)], 'v34-14': [c('2024', 30)] });
    expect(rankingVintage(dti, periodOf('2024'), 'reported')).toBe(34);
    expect(ids(rankIndicator(dti, periodOf('2024'), 'reported'))).toEqual(['v34-44:12', 'v34-14:30']);
  });
});

describe('ranks', () => {
  it('ranks higher-is-better values, restated onto the 34 as sums of their predecessors', () => {
    const ctx = context(revenue, {
      'v63-44': [c('2023', 900)],
      'v63-45': [c('2023', 563)],
      'v63-14': [c('2023', 1200)],
    });
    const reported = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ids(reported)).toEqual(['v63-14:1', 'v63-44:2', 'v63-45:3']);
    expect(reported.isDerived).toBe(false);
    const restated = rankIndicator(ctx, periodOf('2023'), 'restated');
    expect(ids(restated)).toEqual(['v34-44:1', 'v34-14:2']);
    expect(restated.rows[0]?.resolved.value).toBe(1463);
    expect(restated.isDerived).toBe(true);
  });

  it('never restates a rank: a rank among 63 is no rank among 34', () => {
    const ctx = context(dtiRank, { 'v63-44': [c('2023', 5)], 'v63-14': [c('2023', 40)] });
    const restated = rankIndicator(ctx, periodOf('2023'), 'restated');
    expect(restated.rankedCount).toBe(0);
    expect(restated.rows.every((r) => r.resolved.value === null)).toBe(true);
  });

  it('shares a rank between values equal as published, and counts only units with data', () => {
    const ctx = context(revenue, { 'v63-44': [c('2023', 900.004)], 'v63-45': [c('2023', 900.001)] });
    const ranking = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ranking.rows.slice(0, 2).map((r) => [r.rank, r.isTied])).toEqual([
      [1, true],
      [1, true],
    ]);
    expect(ranking.rankedCount).toBe(2);
    expect(ranking.rows).toHaveLength(3);
  });

  it('says when a ranked figure is demo data', () => {
    const ctx = context(revenue, { 'v63-44': [c('2023', 900, true)], 'v63-45': [c('2023', 563)] });
    expect(rankIndicator(ctx, periodOf('2023'), 'reported').hasDemo).toBe(true);
  });
});

describe('a rank indicator lists the published rank as the place', () => {
  it('places Quảng Ngãi-like 21/63 at 21, not at the count of ranks above it', () => {
    const ctx = context(dtiRank, { 'v63-44': [c('2023', 1)], 'v63-45': [c('2023', 21)] });
    const ranking = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ids(ranking)).toEqual(['v63-44:1', 'v63-45:21', 'v63-14:null']);
    expect(ranking.rows.map((r) => r.resolved.value)).toEqual([1, 21, null]);
  });

  it('marks two provinces published at the same rank as tied', () => {
    const ctx = context(dtiRank, { 'v63-44': [c('2023', 15)], 'v63-45': [c('2023', 15)] });
    const ranking = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ranking.rows.slice(0, 2).map((r) => [r.rank, r.isTied])).toEqual([
      [15, true],
      [15, true],
    ]);
  });
});

describe('a ranking resting on too few provinces ranks none (rank-shown rule 3)', () => {
  it('gives Sơn La no "1" when it alone of three has a figure', () => {
    const ctx = context(revenue, { 'v63-14': [c('2023', 1463)] });
    const ranking = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ranking.rankedCount).toBe(1);
    expect(ranking.isWithheld).toBe(true);
    expect(ranking.rows.every((r) => r.rank === null)).toBe(true);
    expect(ranking.rows.find((r) => r.unit.id === 'v63-14')?.resolved.value).toBe(1463);
  });

  it('still ranks when at least half have figures', () => {
    const ctx = context(revenue, { 'v63-14': [c('2023', 1463)], 'v63-44': [c('2023', 900)] });
    const ranking = rankIndicator(ctx, periodOf('2023'), 'reported');
    expect(ranking.isWithheld).toBe(false);
    expect(ids(ranking)).toEqual(['v63-14:1', 'v63-44:2', 'v63-45:null']);
  });
});
