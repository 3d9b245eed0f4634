/** Demo ranks seated around real ones: every place once, the real ranks untouched. */
import { describe, expect, it } from 'vitest';
import { placesLeft, seatAround } from './demo-places.ts';

describe('placesLeft', () => {
  it('leaves every place a real rank does not hold', () => {
    expect(placesLeft([32], 5 + 58)).toHaveLength(62);
    expect(placesLeft([2, 4], 5)).toEqual([1, 3, 5]);
  });

  it('counts a tie as holding the places it spans: two at 15 hold 15 and 16', () => {
    expect(placesLeft([15, 15], 17)).toEqual([...Array.from({ length: 14 }, (_, i) => i + 1), 17]);
  });
});

describe('seatAround', () => {
  it('gives the demo provinces, best first, the places left: Kiên Giang real at 32 of 63', () => {
    const demo = Array.from({ length: 62 }, (_, i) => `p${i + 1}`);
    const seated = seatAround(demo, [32], 63);
    const ranks = seated.map((s) => s.rank);
    expect(new Set([...ranks, 32]).size).toBe(63);
    expect(Math.max(...ranks)).toBe(63);
    expect(ranks).not.toContain(32);
    // Order among the demo provinces is kept: the 31 best keep 1–31, the rest move down one.
    expect(seated[30]).toEqual({ item: 'p31', rank: 31 });
    expect(seated[31]).toEqual({ item: 'p32', rank: 33 });
  });

  it('refuses more demo provinces than places left', () => {
    expect(() => seatAround(['a', 'b'], [1], 2)).toThrow();
  });
});
