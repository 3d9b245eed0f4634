import { describe, expect, it } from 'vitest';
import { parseUrlState } from './use-url-state.ts';

describe('parseUrlState', () => {
  it('reads a shared link', () => {
    expect(parseUrlState('?unit=v34-44&period=2023&view=restated&lang=en&indicator=telecom_revenue')).toEqual(
      {
        page: 'overview',
        unit: 'v34-44',
        period: '2023',
        indicator: 'telecom_revenue',
        view: 'restated',
        lang: 'en',
      },
    );
  });
  it('reads the page, so a link can open the sign-in or the admin page', () => {
    expect(parseUrlState('?page=login').page).toBe('login');
    expect(parseUrlState('?page=admin&lang=en').page).toBe('admin');
  });
  it('falls back to Vietnamese and the reported view for anything else', () => {
    expect(parseUrlState('?view=bogus&lang=fr&page=nope')).toMatchObject({
      view: 'reported',
      lang: 'vi',
      unit: null,
      page: 'overview',
    });
  });
});
