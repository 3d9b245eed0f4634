/**
 * Whether two ranks are of one ranking, so that the difference between them is a move. A rank is
 * "r of N": N as published, and where none was published, the provinces of its period (63 before
 * 1 July 2025, 34 after). 12 in 2024 and 5 in 2025 are ranks among 63 and among 34: no move of 7.
 */
import { type Vintage, vintageOfPeriod } from '../lineage/vintage.ts';
import { type Period, periodOf, previousPeriod } from '../periods/period.ts';

export interface RankOf {
  /** Period key of the rank. */
  period: string;
  /** N as published; null when it was not. */
  rankedOf: number | null;
}

/** The N of a rank: as published, else the number of provinces of its period's vintage. */
export function rankField(rank: RankOf): number {
  return rank.rankedOf ?? (vintageOfPeriod(periodOf(rank.period)) satisfies Vintage);
}

/**
 * @example isSameRanking({ period: '2025', rankedOf: null }, { period: '2024', rankedOf: null }) // false
 */
export function isSameRanking(current: RankOf, previous: RankOf): boolean {
  return rankField(current) === rankField(previous);
}

/**
 * Whether a figure's rank and the previous period's (`previousPeriod`) are of one ranking: what
 * `rankChange` needs to call their difference a move.
 * @example isSameRankingAsPrevious(periodOf('2025'), { rankedOf: null }, { rankedOf: null }) // false
 */
export function isSameRankingAsPrevious(
  period: Period,
  figure: { rankedOf: number | null },
  previous: { rankedOf: number | null },
): boolean {
  let before: Period;
  try {
    before = previousPeriod(period);
  } catch {
    return true; // the first period of the calendar: no previous rank to move from
  }
  return isSameRanking(
    { period: period.key, rankedOf: figure.rankedOf },
    { period: before.key, rankedOf: previous.rankedOf },
  );
}
