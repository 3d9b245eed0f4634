import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/use-i18n.ts';
import { againstText, changeText, planGapText, verdictText } from './figure-wording.ts';

const t = translator('vi');

describe('figure wording', () => {
  it('says a percentage’s change and gap in points, other units in their unit or relative to plan', () => {
    expect(changeText(0.33, 'percent', 'vi', t)).toBe('+0,33 điểm %');
    expect(changeText(-157.1, 'billion_vnd', 'vi', t)).toBe('−157,1 tỷ đồng');
    expect(planGapText({ gap: -8.8, vsPlan: null }, 'percent', 'vi', t)).toBe('−8,8 điểm %');
    expect(planGapText({ gap: null, vsPlan: 0.08 }, 'billion_vnd', 'vi', t)).toBe('+8%');
  });

  it('names a verdict’s horizon and says when it is provisional, in both languages', () => {
    const en = translator('en');
    const inYear = { status: 'close' as const, isProvisional: true };
    expect(verdictText(inYear, '2026', 'vi', t)).toBe('Gần đạt năm 2026 (tạm tính)');
    expect(verdictText(inYear, '2026', 'en', en)).toBe('Close to plan (2026) (provisional)');
    expect(verdictText({ status: 'achieved', isProvisional: false }, '2025-Q3', 'vi', t)).toBe(
      'Đạt kế hoạch quý III/2025',
    );
    // No verdict, no horizon: "Chưa có kế hoạch" is about no year in particular.
    expect(verdictText({ status: 'no_target', isProvisional: false }, null, 'vi', t)).toBe(
      'Chưa có kế hoạch',
    );
    expect(verdictText({ status: 'incomplete', isProvisional: false }, '2025', 'vi', t)).toBe(
      'Thiếu số liệu',
    );
  });

  it('says what a change is measured against: the same months, or the whole period', () => {
    const tenOfTen = { period: '2025', months: 10, of: 12 };
    expect(againstText(tenOfTen, true, 'sum', 'vi', t)).toBe('so với cùng kỳ 10 tháng 2025');
    // Ten months against a whole year is said as such, never as "cùng kỳ".
    expect(againstText({ period: '2025', months: 12, of: 12 }, false, 'sum', 'vi', t)).toBe(
      'so với năm 2025',
    );
  });
});
