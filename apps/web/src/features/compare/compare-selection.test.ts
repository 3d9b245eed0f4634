import { describe, expect, it } from 'vitest';
import { rangeOf, searchOf, selectionOf, toggled, withPeriodType } from './compare-selection.ts';

const years = { first: 2015, last: 2026 };

describe('the compare selection', () => {
  it('fills in the defaults: yearly, the six years before the last, the table at the end', () => {
    expect(selectionOf({}, years)).toMatchObject({
      units: [],
      periodType: 'year',
      from: '2019',
      to: '2025',
      at: '2025',
      view: 'reported',
      base: null,
    });
  });

  it('reads the done-when address back into the same selection, and writes it again', () => {
    const search = {
      tinh: ['v34-14', 'v34-11', 'v34-12'],
      'chi-tieu': ['villages_mobile_broadband', 'telecom_revenue'],
      'tu-ky': '2019',
      'den-ky': '2024',
      goc: '2019',
    };
    const s = selectionOf(search, years);
    expect(s).toMatchObject({ from: '2019', to: '2024', at: '2024', base: '2019' });
    expect(searchOf(s, undefined)).toMatchObject(search);
  });

  it('ignores periods of another type, keeps the table inside the range and the years on a new type', () => {
    const s = selectionOf({ loai: 'quarter', 'tu-ky': '2019', 'den-ky': '2024-Q4', ky: '2030-Q1' }, years);
    expect(s).toMatchObject({ from: '2019-Q1', to: '2024-Q4', at: '2024-Q4' });
    expect(withPeriodType(selectionOf({ 'tu-ky': '2020', 'den-ky': '2022' }, years), 'half')).toMatchObject({
      from: '2020-H1',
      to: '2022-H2',
    });
    expect(rangeOf('month', 2024, 2024)).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('adds a province up to six and removes one chosen again', () => {
    expect(toggled(['a'], 'b', 6)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', 6)).toEqual(['b']);
    expect(toggled(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });
});
