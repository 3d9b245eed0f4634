/**
 * The bilingual messages of number reading. Every refusal quotes what was typed, and the ones
 * about separators say which convention the form reads, since that is what was misread:
 * "500.000" is five hundred thousand in Vietnamese and five hundred in English.
 */
import type { Bilingual, Locale } from '../i18n/locale.ts';

/** How each form's language writes numbers, told in both languages. */
const CONVENTION: Record<Locale, Bilingual> = {
  vi: {
    vi: 'dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân',
    en: 'in Vietnamese, a dot (.) groups thousands and a comma (,) is the decimal mark',
  },
  en: {
    vi: 'trong tiếng Anh, dấu phẩy (,) ngăn cách hàng nghìn, dấu chấm (.) là dấu thập phân',
    en: 'a comma (,) groups thousands and a dot (.) is the decimal point',
  },
};

const WHOLE: Record<'count' | 'rank', Bilingual> = {
  count: { vi: 'Số lượng', en: 'A count' },
  rank: { vi: 'Thứ hạng', en: 'A rank' },
};

/** Long input is cut in messages: the point is to recognise it, not to echo a paragraph. */
const quote = (typed: string): string => `“${typed.length > 40 ? `${typed.slice(0, 39)}…` : typed}”`;

const cannotRead = (typed: string): Bilingual => ({
  vi: `Không đọc được ${quote(typed)} thành số`,
  en: `Cannot read ${quote(typed)} as a number`,
});

export const NUMBER_MESSAGES = {
  notANumber: cannotRead,
  ambiguousSeparator: (typed: string, locale: Locale, decimal: string): Bilingual => ({
    vi: `${cannotRead(typed).vi}: ${CONVENTION[locale].vi} — số thập phân viết là ${quote(decimal)}`,
    en: `${cannotRead(typed).en}: ${CONVENTION[locale].en} — write a decimal as ${quote(decimal)}`,
  }),
  separatorsOutOfOrder: (typed: string, locale: Locale): Bilingual => {
    const example = locale === 'vi' ? '1.463,5' : '1,463.5';
    return {
      vi: `${cannotRead(typed).vi}: ${CONVENTION[locale].vi}, nên dấu thập phân đứng sau cùng (vd. ${example})`,
      en: `${cannotRead(typed).en}: ${CONVENTION[locale].en}, so the decimal mark comes last (e.g. ${example})`,
    };
  },
  notInteger: (what: 'count' | 'rank', typed: string, locale: Locale): Bilingual => ({
    vi: `${WHOLE[what].vi} phải là số nguyên; ${quote(typed)} có phần thập phân — ${CONVENTION[locale].vi}`,
    en: `${WHOLE[what].en} must be a whole number; ${quote(typed)} has a decimal part — ${CONVENTION[locale].en}`,
  }),
  slashNotAllowed: (typed: string): Bilingual => ({
    vi: `Ô này chỉ nhận một số: dấu gạch chéo (/) trong ${quote(typed)} chỉ dùng cho thứ hạng (12/63) hoặc tỷ lệ (212/216)`,
    en: `This field takes a single number: the slash (/) in ${quote(typed)} is only for a rank (12/63) or a ratio (212/216)`,
  }),
  percentNotAllowed: (typed: string): Bilingual => ({
    vi: `Ô này không nhận dấu %: hãy bỏ dấu % trong ${quote(typed)}`,
    en: `This field takes no percent sign: remove the % from ${quote(typed)}`,
  }),
  qualifierNotAllowed: (typed: string): Bilingual => ({
    vi: `Ô này chỉ nhận số chính xác, không kèm “trên”, “khoảng”, “dưới”: ${quote(typed)}`,
    en: `This field takes an exact number, without “over”, “about” or “under”: ${quote(typed)}`,
  }),
  zeroDenominator: (typed: string): Bilingual => ({
    vi: `Mẫu số trong ${quote(typed)} bằng 0`,
    en: `The denominator in ${quote(typed)} is 0`,
  }),
} as const;
