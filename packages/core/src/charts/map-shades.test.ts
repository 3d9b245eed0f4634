import { describe, expect, it } from 'vitest';
import { mapShades } from './map-shades.ts';

describe('mapShades', () => {
  it('darkens the best value, whichever direction is better', () => {
    const values = new Map<string, number | null>([
      ['a', 10],
      ['b', 20],
      ['c', 30],
    ]);
    expect([...mapShades(values, 'higher').values()]).toEqual([0, 0.5, 1]);
    expect([...mapShades(values, 'lower').values()]).toEqual([1, 0.5, 0]);
  });
  it('keeps missing values apart from the worst', () => {
    const shades = mapShades(
      new Map([
        ['a', 5],
        ['b', null],
      ]),
      'higher',
    );
    expect(shades.get('a')).toBe(1);
    expect(shades.get('b')).toBeNull();
  });
});
