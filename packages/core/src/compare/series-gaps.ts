/**
 * The periods a compared province has no figure for, said in words under its panel rather than
 * bridged by a line: runs of consecutive periods are joined ("2019–2021, 2023").
 */

export interface SeriesGap {
  seriesId: string;
  /** Runs of consecutive missing periods, in order: [first, last] (the same key twice for one). */
  runs: [string, string][];
  /** No figure in the whole range. */
  isEmpty: boolean;
}

/**
 * @param periods every period of the range, in order
 * @example seriesGaps(['2019','2020','2021'], [{ seriesId: 'a', points: [{period:'2019',value:null},{period:'2020',value:null},{period:'2021',value:3}] }])
 *   // [{ seriesId: 'a', runs: [['2019', '2020']], isEmpty: false }]
 */
export function seriesGaps(
  periods: readonly string[],
  series: readonly { seriesId: string; points: readonly { period: string; value: number | null }[] }[],
): SeriesGap[] {
  return series.flatMap(({ seriesId, points }) => {
    const has = new Set(points.filter((p) => p.value !== null).map((p) => p.period));
    const runs: [string, string][] = [];
    let start: string | null = null;
    let last: string | null = null;
    for (const period of periods) {
      if (has.has(period)) {
        if (start !== null) runs.push([start, last as string]);
        start = null;
      } else {
        start ??= period;
        last = period;
      }
    }
    if (start !== null) runs.push([start, last as string]);
    return runs.length === 0 ? [] : [{ seriesId, runs, isEmpty: has.size === 0 }];
  });
}
