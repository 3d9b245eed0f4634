/** Human labels for periods, Vietnamese first, as the provinces write them in their reports. */
import type { Locale } from '../i18n/locale.ts';
import type { Period } from './period.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Made once: building an Intl formatter costs far more than formatting with it. */
const ENGLISH_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * @example periodLabel(parsePeriod('2023-Q1')!, 'vi') // 'Quý I/2023'
 * @example periodLabel(parsePeriod('2022-H1')!, 'vi') // '6 tháng đầu năm 2022'
 */
export function periodLabel(period: Period, locale: Locale): string {
  const { type, year, index } = period;
  if (locale === 'vi') {
    switch (type) {
      case 'year':
        return `Năm ${year}`;
      case 'half':
        return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
      case 'quarter':
        return `Quý ${ROMAN[index - 1]}/${year}`;
      case 'month':
        return `Tháng ${String(index).padStart(2, '0')}/${year}`;
    }
  }
  switch (type) {
    case 'year':
      return `Year ${year}`;
    case 'half':
      return index === 1 ? `First half of ${year}` : `Second half of ${year}`;
    case 'quarter':
      return `Q${index} ${year}`;
    case 'month':
      return ENGLISH_MONTH.format(new Date(Date.UTC(year, index - 1, 1)));
  }
}

/** Short label for chart axes: `T02/2023`, `Q1/2023`, `H1/2022`, `2023` (English: `Feb 2023`). */
export function periodShortLabel(period: Period, locale: Locale): string {
  const { type, year, index } = period;
  switch (type) {
    case 'year':
      return String(year);
    case 'half':
      return `${locale === 'vi' ? '6T' : 'H'}${index}/${year}`;
    case 'quarter':
      return locale === 'vi' ? `Q${ROMAN[index - 1]}/${year}` : `Q${index}/${year}`;
    case 'month':
      return locale === 'vi'
        ? `T${String(index).padStart(2, '0')}/${year}`
        : `${String(index).padStart(2, '0')}/${year}`;
  }
}
