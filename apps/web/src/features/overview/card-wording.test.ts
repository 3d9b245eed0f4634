import { periodOf } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/use-i18n.ts';
import {
  changeText,
  closeBandText,
  formatSignedPoints,
  planGapText,
  sameMonthsText,
} from './card-wording.ts';

const vi = translator('vi');
const en = translator('en');
const TEN_MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('points for percentages', () => {
  it('says a percentage’s gap to plan in points: 86,4% against 95,2% is 8,8 points short', () => {
    expect(planGapText({ gap: 86.4 - 95.2, vsPlan: 86.4 / 95.2 - 1 }, 'percent', 'vi', vi)).toBe(
      '−8,8 điểm %',
    );
    expect(planGapText({ gap: 86.4 - 95.2, vsPlan: 86.4 / 95.2 - 1 }, 'percent', 'en', en)).toBe('−8.8 pp');
  });

  it('keeps the relative gap for other units', () => {
    expect(planGapText({ gap: 108.37, vsPlan: 0.08 }, 'billion_vnd', 'vi', vi)).toBe('+8%');
    expect(planGapText({ gap: null, vsPlan: null }, 'count', 'vi', vi)).toBeNull();
  });

  it('says a percentage’s change in points and other changes in their unit', () => {
    expect(changeText(2.2, 'percent', 'vi', vi)).toBe('+2,2 điểm %');
    expect(changeText(-124.53, 'billion_vnd', 'vi', vi)).toBe('−124,53 tỷ đồng');
    expect(changeText(115131, 'count', 'en', en)).toBe('+115,131');
  });

  it('never writes a sign on a change that rounds to zero', () => {
    expect(formatSignedPoints(-0.001, 'vi', vi)).toBe('0 điểm %');
  });
});

describe('like for like', () => {
  it('compares ten months of a flow with the same ten months of the year before', () => {
    expect(sameMonthsText(periodOf('2025'), TEN_MONTHS, 'sum', 'vi', vi)).toBe(
      'so với cùng kỳ 10 tháng 2025',
    );
    expect(sameMonthsText(periodOf('2025'), TEN_MONTHS, 'ratio', 'en', en)).toBe(
      'vs the same 10 months of 2025',
    );
  });

  it('compares a stock with its level at the same point of the year before', () => {
    expect(sameMonthsText(periodOf('2025'), TEN_MONTHS, 'last', 'vi', vi)).toBe(
      'so với cùng kỳ (đến hết T10/2025)',
    );
  });

  it('names the months when they are not a run from January', () => {
    expect(sameMonthsText(periodOf('2025'), [0, 1, 3], 'sum', 'vi', vi)).toBe(
      'so với cùng 3 tháng của năm 2025',
    );
  });
});

describe('the legend’s band', () => {
  it('comes from core’s CLOSE_BAND', () => {
    expect(closeBandText('vi')).toBe('90%');
  });
});
