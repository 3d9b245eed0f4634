/**
 * The bilingual messages of figure validation, kept in one place so their wording stays consistent.
 * Numbers inside messages are formatted for each language (`98,15` in Vietnamese, `98.15` in English).
 */
import { formatNumber } from '../format/format-number.ts';
import type { Bilingual } from '../i18n/locale.ts';

export type FigureField = 'value' | 'numerator' | 'denominator';

const FIELD_NAME: Record<FigureField, Bilingual> = {
  value: { vi: 'Giá trị', en: 'The value' },
  numerator: { vi: 'Tử số', en: 'The numerator' },
  denominator: { vi: 'Mẫu số', en: 'The denominator' },
};

const vi = (x: number): string => formatNumber(x, 'vi');
const en = (x: number): string => formatNumber(x, 'en');

export const FIGURE_MESSAGES = {
  /** Above the indicator's stated plausible maximum: almost always a slip (extra digits, a wrong unit). */
  aboveMaximum: (field: FigureField, max: number): Bilingual => ({
    vi: `${FIELD_NAME[field].vi} vượt mức tối đa hợp lý của chỉ tiêu (${vi(max)}); hãy kiểm tra số chữ số và đơn vị`,
    en: `${FIELD_NAME[field].en} is above the indicator's plausible maximum (at most ${en(max)}); check the digits and the unit`,
  }),
  notFinite: (field: FigureField): Bilingual => ({
    vi: `${FIELD_NAME[field].vi} phải là một số hữu hạn`,
    en: `${FIELD_NAME[field].en} must be a finite number`,
  }),
  negative: (field: FigureField): Bilingual => ({
    vi: `${FIELD_NAME[field].vi} không được là số âm`,
    en: `${FIELD_NAME[field].en} cannot be negative`,
  }),
  notInteger: (field: FigureField): Bilingual => ({
    vi: `${FIELD_NAME[field].vi} phải là số nguyên`,
    en: `${FIELD_NAME[field].en} must be a whole number`,
  }),
  /** For counts the usual cause is a thousands separator taken for a decimal mark: say which is which. */
  countNotInteger: (value: number): Bilingual => ({
    vi: `Số lượng phải là số nguyên; ${formatNumber(value, 'vi', 6)} có phần thập phân (dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân)`,
    en: `A count must be a whole number; ${formatNumber(value, 'en', 6)} has a decimal part (a comma (,) groups thousands and a dot (.) is the decimal point)`,
  }),
  percentOutOfRange: {
    vi: 'Tỷ lệ phải nằm trong khoảng 0–100%',
    en: 'A percentage must be between 0 and 100%',
  },
  indexOutOfRange: { vi: 'Chỉ số phải nằm trong khoảng 0–1', en: 'An index must be between 0 and 1' },
  pointsOutOfRange: {
    vi: 'Điểm phải nằm trong khoảng 0–100',
    en: 'A score must be between 0 and 100 points',
  },
  rankBelowOne: { vi: 'Thứ hạng phải từ 1 trở lên', en: 'A rank must be 1 or more' },
  rankBeyond: (rank: number, rankedOf: number): Bilingual => ({
    vi: `Thứ hạng ${vi(rank)} vượt quá tổng số ${vi(rankedOf)} đơn vị được xếp hạng`,
    en: `Rank ${en(rank)} is beyond the ${en(rankedOf)} units ranked`,
  }),
  invalidRankedOf: {
    vi: 'Tổng số đơn vị được xếp hạng phải là số nguyên dương',
    en: 'The number of units ranked must be a positive whole number',
  },
  denominatorZero: { vi: 'Mẫu số phải lớn hơn 0', en: 'The denominator must be above 0' },
  numeratorExceedsDenominator: (num: number, den: number): Bilingual => ({
    vi: `Tử số (${vi(num)}) không được lớn hơn mẫu số (${vi(den)})`,
    en: `The numerator (${en(num)}) cannot exceed the denominator (${en(den)})`,
  }),
  valueMismatch: (value: number, num: number, den: number, expected: number): Bilingual => ({
    vi: `Giá trị ${vi(value)}% không khớp với ${vi(num)}/${vi(den)}: giá trị đúng là ${vi(expected)}%`,
    en: `The value ${en(value)}% does not match ${en(num)}/${en(den)}: it should be ${en(expected)}%`,
  }),
  missingDenominator: { vi: 'Thiếu mẫu số cho tử số đã nhập', en: 'The numerator has no denominator' },
  missingNumerator: { vi: 'Thiếu tử số cho mẫu số đã nhập', en: 'The denominator has no numerator' },
  valueRequired: { vi: 'Cần nhập giá trị', en: 'A value is required' },
  valueNotComputable: {
    vi: 'Cần nhập giá trị: chỉ tỷ lệ (%) mới tính được từ tử số và mẫu số',
    en: 'A value is required: only a percentage can be computed from a numerator and denominator',
  },
} as const;
