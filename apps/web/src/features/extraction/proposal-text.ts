/**
 * A proposal's figure as the list shows it: "trên 1.463 tỷ đồng", "98,15% (212/216)", "hạng 12/63",
 * with the word for a bound (core `qualifierWord`), or the report's own "gần" (nearly: below, not
 * reached), never shown as "khoảng".
 */
import {
  foldDiacritics,
  formatIndicatorValue,
  formatNumber,
  type IndicatorUnit,
  type Locale,
  qualifierWord,
} from '@cds/core';
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';

const isNearly = (p: ExtractedProposal) =>
  p.qualifier === 'below' && /(^|\s)gan\s/.test(foldDiacritics(p.quote).toLowerCase());

export function proposalText(p: ExtractedProposal, unit: IndicatorUnit, locale: Locale): string {
  if (unit === 'rank') {
    const rank = formatNumber(p.value, locale, 0);
    const of = p.rankedOf ? `/${formatNumber(p.rankedOf, locale, 0)}` : '';
    return locale === 'vi' ? `hạng ${rank}${of}` : `rank ${rank}${of}`;
  }
  const word = isNearly(p) ? (locale === 'vi' ? 'gần' : 'nearly') : qualifierWord(p.qualifier, locale);
  const value = formatIndicatorValue(p.value, unit, locale);
  const parts =
    p.numerator != null && p.denominator != null
      ? ` (${formatNumber(p.numerator, locale, 0)}/${formatNumber(p.denominator, locale, 0)})`
      : '';
  return `${word ? `${word} ` : ''}${value}${parts}`;
}
