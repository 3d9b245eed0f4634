/**
 * Which indicators the printed report draws (at most three, those a meeting asks about first),
 * and a small chart's data as a table for a file.
 */
import { type CsvCell, type IndicatorUnit, roundAsShown } from '@cds/core';
import type { Briefing, BriefingItem } from './briefing-queries.ts';

const PACE_RANK = { off_track: 0, behind: 1, on_track: 2, achieved: 3 } as const;

/**
 * The most behind their plan (the strip's order), then the furthest behind the pace to their
 * target (lowest ratio of observed to required yearly change first); only those with two yearly values.
 */
export function chartedItems(briefing: Briefing, n = 3): BriefingItem[] {
  const drawable = briefing.items.filter((i) => i.sparkline.filter((p) => p.value !== null).length >= 2);
  const byKey = new Map(drawable.map((i) => [i.indicatorKey, i]));
  const behind = briefing.strip.mostBehind.flatMap((b) => byKey.get(b.indicatorKey) ?? []);
  const paced = drawable
    .filter((i) => i.pace && i.pace.status !== 'achieved')
    .sort(
      (a, b) =>
        PACE_RANK[a.pace?.status ?? 'achieved'] - PACE_RANK[b.pace?.status ?? 'achieved'] ||
        (a.pace?.ratio ?? 0) - (b.pace?.ratio ?? 0),
    );
  return [...new Set([...behind, ...paced])].slice(0, n);
}

/**
 * A small chart's years: the value (empty when missing, never 0), the trajectory and the target
 * in its year, rounded as the page shows them, and "demo" beside a demo value.
 */
export function smallChartRows(
  item: Pick<BriefingItem, 'sparkline' | 'pace'>,
  labels: { year: string; value: string; trajectory: string; target: string; demo: string },
  unit: IndicatorUnit,
): CsvCell[][] {
  const shown = (value: number | null | undefined) => roundAsShown(value ?? null, unit);
  const trajectory = new Map((item.pace?.trajectory ?? []).map((p) => [p.year, p.value]));
  const years = [...new Set([...item.sparkline.map((p) => Number(p.period)), ...trajectory.keys()])].sort(
    (a, b) => a - b,
  );
  return [
    [labels.year, labels.value, labels.trajectory, labels.target, ''],
    ...years.map((year) => {
      const point = item.sparkline.find((p) => Number(p.period) === year);
      return [
        year,
        shown(point?.value),
        shown(trajectory.get(year)),
        item.pace?.targetYear === year ? shown(item.pace.targetValue) : null,
        point?.isDemo && point.value !== null ? labels.demo : '',
      ];
    }),
  ];
}
