import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/use-i18n.ts';
import { changeText, planGapText } from './figure-wording.ts';

const t = translator('vi');

describe('figure wording', () => {
  it('says a percentage’s change and gap in points, other units in their unit or relative to plan', () => {
    expect(changeText(0.33, 'percent', 'vi', t)).toBe('+0,33 điểm %');
    expect(changeText(-157.1, 'billion_vnd', 'vi', t)).toBe('−157,1 tỷ đồng');
    expect(planGapText({ gap: -8.8, vsPlan: null }, 'percent', 'vi', t)).toBe('−8,8 điểm %');
    expect(planGapText({ gap: null, vsPlan: 0.08 }, 'billion_vnd', 'vi', t)).toBe('+8%');
  });
});
