/** Tests of when a rank is shown and how it is qualified. */
import { describe, expect, it } from 'vitest';
import { rankShown } from './rank-shown.ts';
import { rankAsPublished } from './rank-units.ts';

describe('rankShown', () => {
  it('shows r/N when every province has data', () => {
    expect(rankShown(5, 63, 63)).toMatchObject({ rank: 5, of: 63, isPartialField: false, withheld: null });
  });
  it('shows the rank among those with data, and says how many, when at least half have data', () => {
    expect(rankShown(5, 40, 63)).toMatchObject({ rank: 5, rankedCount: 40, isPartialField: true });
    expect(rankShown(2, 32, 63).rank).toBe(2);
  });
  it('withholds "1/1": a rank among too few provinces says nothing', () => {
    const shown = rankShown(1, 1, 63);
    expect(shown.rank).toBeNull();
    expect(shown.withheld?.vi).toBe('Chỉ 1/63 tỉnh có số liệu: chưa xếp hạng');
    expect(rankShown(1, 31, 63).rank).toBeNull();
  });
});

describe('rankAsPublished', () => {
  it('ties 98,15% with 212/216 (98,148…%): they are the same published figure', () => {
    const { ranked } = rankAsPublished(
      [
        { item: 'reported', value: 98.15 },
        { item: 'fraction', value: (212 / 216) * 100 },
        { item: 'lower', value: 97 },
      ],
      'higher',
      'percent',
    );
    expect(ranked.map((r) => [r.item, r.rank, r.isTied])).toEqual([
      ['reported', 1, true],
      ['fraction', 1, true],
      ['lower', 3, false],
    ]);
  });
});
