/**
 * A province's place in a national ranking (DTI, ICT Index) year by year: its rank and of how
 * many (63 before the merger of 1 July 2025, 34 after), its place within its region and the
 * region's best that year. Before the merger the line is the former province's; a province that
 * kept its territory (one predecessor) is one line across the merger, a merged one starts anew.
 * A move between two years is given only between rankings of the same size.
 */

export interface RankFigure {
  unitId: string;
  rank: number | null;
  /** The N of "rank r of N". */
  of: number | null;
  isDemo: boolean;
}

export interface RankHistoryRow {
  year: number;
  /** Whose rank it is: the province, or before the merger the former province of its line. */
  unitId: string;
  rank: number;
  of: number | null;
  isDemo: boolean;
  /** Its place among the ranked provinces of its region that year, and the region's best. */
  region: { code: string; place: number; of: number; best: { unitId: string; rank: number } } | null;
  /** Places gained since the row before (+3: up three); null when the rankings differ in size. */
  move: number | null;
  /** Why there is no move: the row before is of a ranking of another size. */
  isOtherRanking: boolean;
}

export interface RankHistoryInput {
  years: readonly number[];
  /** The unit whose rank a year shows (the province, or its former province before the merger); null: none. */
  lineUnit: (year: number) => string | null;
  /** Every province's rank in that year's ranking. */
  figuresOf: (year: number) => readonly RankFigure[];
  regionOf: (unitId: string) => string | null;
}

export function rankHistoryRows(input: RankHistoryInput): RankHistoryRow[] {
  const rows: RankHistoryRow[] = [];
  for (const year of input.years) {
    const unitId = input.lineUnit(year);
    if (!unitId) continue;
    const all = input.figuresOf(year).filter((f): f is RankFigure & { rank: number } => f.rank !== null);
    const own = all.find((f) => f.unitId === unitId);
    if (!own) continue;
    const code = input.regionOf(unitId);
    const inRegion = code === null ? [] : all.filter((f) => input.regionOf(f.unitId) === code);
    const sorted = [...inRegion].sort((a, b) => a.rank - b.rank);
    const best = sorted[0];
    const before = rows[rows.length - 1];
    const isOtherRanking = !!before && before.of !== own.of;
    rows.push({
      year,
      unitId,
      rank: own.rank,
      of: own.of,
      isDemo: own.isDemo,
      region:
        code !== null && best
          ? {
              code,
              place: sorted.filter((f) => f.rank < own.rank).length + 1,
              of: sorted.length,
              best: { unitId: best.unitId, rank: best.rank },
            }
          : null,
      move: before && !isOtherRanking ? before.rank - own.rank : null,
      isOtherRanking,
    });
  }
  return rows;
}
