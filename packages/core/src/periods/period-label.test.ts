/** Unit tests of the human labels for periods, in both languages. */
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { periodLabel, periodShortLabel } from './period-label.ts';

describe('periodLabel', () => {
  it.each([
    ['2023-02', 'Tháng 02/2023', 'February 2023'],
    ['2023-12', 'Tháng 12/2023', 'December 2023'],
    ['2023-Q1', 'Quý I/2023', 'Q1 2023'],
    ['2023-Q2', 'Quý II/2023', 'Q2 2023'],
    ['2023-Q3', 'Quý III/2023', 'Q3 2023'],
    ['2023-Q4', 'Quý IV/2023', 'Q4 2023'],
    ['2022-H1', '6 tháng đầu năm 2022', 'First half of 2022'],
    ['2022-H2', '6 tháng cuối năm 2022', 'Second half of 2022'],
    ['2023', 'Năm 2023', 'Year 2023'],
  ])('labels %s', (key, vi, en) => {
    const period = periodOf(key);
    expect(periodLabel(period, 'vi')).toBe(vi);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  it('names every month in English without depending on the time zone', () => {
    const labels = Array.from({ length: 12 }, (_, i) =>
      periodLabel(periodOf(`2024-${String(i + 1).padStart(2, '0')}`), 'en'),
    );
    expect(labels[0]).toBe('January 2024');
    expect(labels[11]).toBe('December 2024');
    expect(new Set(labels).size).toBe(12);
  });
});

describe('periodShortLabel', () => {
  it('gives compact Vietnamese axis labels', () => {
    expect(periodShortLabel(periodOf('2023-02'), 'vi')).toBe('T02/2023');
    expect(periodShortLabel(periodOf('2023-Q1'), 'vi')).toBe('QI/2023');
    expect(periodShortLabel(periodOf('2023-Q4'), 'vi')).toBe('QIV/2023');
    expect(periodShortLabel(periodOf('2022-H1'), 'vi')).toBe('6T1/2022');
    expect(periodShortLabel(periodOf('2023'), 'vi')).toBe('2023');
  });

  it('gives compact English axis labels for quarters, halves and years', () => {
    expect(periodShortLabel(periodOf('2023-Q1'), 'en')).toBe('Q1/2023');
    expect(periodShortLabel(periodOf('2022-H2'), 'en')).toBe('H2/2022');
    expect(periodShortLabel(periodOf('2023'), 'en')).toBe('2023');
  });
});
