import { describe, expect, it } from 'vitest';
import { byGapToPlan } from './sort-cards.ts';

const card = (key: string, status: string, ratio: number | null) => ({ key, progress: { status, ratio } });

describe('byGapToPlan', () => {
  it('puts the verdicts first, lowest share of plan first, then the rest in their order', () => {
    const sorted = byGapToPlan([
      card('a', 'not_over', 0.5),
      card('b', 'achieved', 1.2),
      card('c', 'behind', 0.7),
      card('d', 'no_target', null),
      card('e', 'close', 0.93),
    ]);
    expect(sorted.map((c) => c.key)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });

  it('never judges a card with no verdict, whatever its ratio', () => {
    const sorted = byGapToPlan([card('x', 'not_over', 0.1), card('y', 'achieved', 1)]);
    expect(sorted.map((c) => c.key)).toEqual(['y', 'x']);
  });

  it('keeps equal ratios in their order', () => {
    const sorted = byGapToPlan([card('p', 'behind', 0.8), card('q', 'behind', 0.8)]);
    expect(sorted.map((c) => c.key)).toEqual(['p', 'q']);
  });
});
