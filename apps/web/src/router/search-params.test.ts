import { describe, expect, it } from 'vitest';
import {
  loginSearchSchema,
  parseSearch,
  provinceSearchSchema,
  rankingSearchSchema,
  stringifySearch,
} from './search-params.ts';

describe('query strings as plain text', () => {
  it('reads a year as the text the API expects, not a JSON number', () => {
    expect(parseSearch('?ky=2023&chi-tieu=telecom_revenue')).toEqual({
      ky: '2023',
      'chi-tieu': 'telecom_revenue',
    });
  });

  it('writes values unquoted and leaves out the empty ones', () => {
    expect(stringifySearch({ ky: '2023-Q1', xem: undefined, tu: '', lang: 'en' })).toBe(
      '?ky=2023-Q1&lang=en',
    );
    expect(stringifySearch({})).toBe('');
  });

  it('round-trips Vietnamese and reserved characters', () => {
    const search = { tiep: '/tinh/v34-14?ky=2023&lang=en', q: 'Bắc Kạn' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});

describe('what each route accepts', () => {
  it('takes a province view named by period, indicator and view', () => {
    expect(provinceSearchSchema.parse({ ky: '2026-Q3', 'chi-tieu': 'dti_rank', xem: 'restated' })).toEqual({
      ky: '2026-Q3',
      'chi-tieu': 'dti_rank',
      xem: 'restated',
    });
  });

  it.each([
    ['ky', { ky: '2023-13' }],
    ['ky', { ky: 'năm 2023' }],
    ['xem', { xem: 'both' }],
    ['chi-tieu', { 'chi-tieu': 'DROP TABLE' }],
    ['tu', { tu: 'bac-kan' }],
  ])('refuses a bad %s and names it', (param, search) => {
    const result = provinceSearchSchema.safeParse(search);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([param]);
  });

  it('highlights a province in a ranking only by its id', () => {
    expect(rankingSearchSchema.safeParse({ tinh: 'v63-14' }).success).toBe(true);
    expect(rankingSearchSchema.safeParse({ tinh: 'Sơn La' }).success).toBe(false);
  });

  it('returns after sign-in only to a path of this site', () => {
    expect(loginSearchSchema.safeParse({ tiep: '/tinh/v34-14?ky=2023' }).success).toBe(true);
    expect(loginSearchSchema.safeParse({ tiep: 'https://evil.example/' }).success).toBe(false);
    expect(loginSearchSchema.safeParse({ tiep: '//evil.example/' }).success).toBe(false);
  });
});
