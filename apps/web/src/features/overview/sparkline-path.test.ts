import { describe, expect, it } from 'vitest';
import { sparkPath } from './sparkline-path.ts';

const p = (period: string, value: number | null, isDemo = false) => ({ period, value, isDemo });

describe('sparkPath', () => {
  it('draws from the lowest value at the bottom to the highest at the top', () => {
    const shape = sparkPath([p('2024', 1), p('2025', 3)], 100, 20);
    expect(shape?.d).toBe('M3,17L97,3');
    expect(shape?.last).toEqual({ period: '2025', value: 3 });
  });

  it('breaks the line at a missing year and keeps the years in place', () => {
    const shape = sparkPath([p('2022', 1), p('2023', null), p('2024', 2), p('2025', 3)], 100, 20);
    expect(shape?.d.match(/M/g)).toHaveLength(2);
    expect(shape?.dots.map((d) => d.period)).toEqual(['2022', '2024', '2025']);
  });

  it('draws nothing from one value', () => {
    expect(sparkPath([p('2024', null), p('2025', 3)], 100, 20)).toBeNull();
  });

  it('puts the best rank (1) at the top when reversed', () => {
    const shape = sparkPath([p('2024', 10), p('2025', 1)], 100, 20, true);
    expect(shape?.d).toBe('M3,17L97,3');
  });
});
