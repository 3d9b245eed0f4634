/** Whether two ranks are of one ranking, so the difference between them is a move. */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { rankChange } from '../progress/progress.ts';
import { isSameRanking, isSameRankingAsPrevious } from './same-ranking.ts';

describe('isSameRanking', () => {
  it('compares the published N when both ranks have one', () => {
    expect(isSameRanking({ period: '2024', rankedOf: 63 }, { period: '2023', rankedOf: 63 })).toBe(true);
    expect(isSameRanking({ period: '2024', rankedOf: 34 }, { period: '2023', rankedOf: 63 })).toBe(false);
  });

  it('is no move across the merger when no N was published: 5 in 2025 after 12 in 2024', () => {
    const same = isSameRanking({ period: '2025', rankedOf: null }, { period: '2024', rankedOf: null });
    expect(same).toBe(false);
    expect(rankChange(5, 12, same)).toMatchObject({ places: null, label: null });
  });

  it('takes a rank without N to be of its period’s provinces', () => {
    expect(isSameRanking({ period: '2023', rankedOf: null }, { period: '2022', rankedOf: null })).toBe(true);
    expect(isSameRanking({ period: '2023', rankedOf: null }, { period: '2022', rankedOf: 63 })).toBe(true);
    expect(isSameRanking({ period: '2025', rankedOf: null }, { period: '2024', rankedOf: 34 })).toBe(true);
  });
});

describe('isSameRankingAsPrevious', () => {
  it('reads the previous period of the figure’s own', () => {
    expect(isSameRankingAsPrevious(periodOf('2025'), { rankedOf: null }, { rankedOf: null })).toBe(false);
    expect(isSameRankingAsPrevious(periodOf('2024'), { rankedOf: null }, { rankedOf: null })).toBe(true);
    expect(isSameRankingAsPrevious(periodOf('1990'), { rankedOf: 63 }, { rankedOf: null })).toBe(true);
  });
});
