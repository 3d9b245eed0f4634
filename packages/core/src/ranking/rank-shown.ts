/**
 * When a rank means something, and how it is said. A rank among the provinces is shown as
 * "r/N" where N is the number of provinces in the ranking's vintage (63 before 1 July 2025,
 * 34 after), with these rules:
 * 1. Every province has data: "5/63".
 * 2. At least half have data (MIN_RANKED_SHARE): "5/63 · 40 tỉnh có số liệu" — the rank is among
 *    those with data, and says so.
 * 3. Fewer than half have data: no rank ("chỉ 1/63 tỉnh có số liệu"). "Hạng 1/1" says nothing;
 *    a rank among a handful of early reporters says more about who reported than how they did.
 * 4. A rank computed among figures of which any is demo data says so ("so với số liệu minh họa"),
 *    and a rank of a bound or approximate figure is approximate (qualifier rule 4).
 */
import type { Bilingual } from '../i18n/locale.ts';

/** Rule 3: the share of a vintage's provinces that must have data for a rank to be shown. */
export const MIN_RANKED_SHARE = 0.5;

/**
 * Rule 3, for anything that stands on the provinces with data: a rank among them, a national or
 * regional value, a count of plans reached. Fewer than half of `of`: it says who reported, not
 * how the country did ("1 Sơn La", "cả nước 98,15%" from Sơn La alone), so it is withheld.
 * @example isTooFewProvinces(1, 63) // true
 */
export function isTooFewProvinces(withData: number, of: number): boolean {
  return withData < Math.ceil(of * MIN_RANKED_SHARE);
}

export interface RankShown {
  /** Null when rule 3 withholds it (or the unit has no value). */
  rank: number | null;
  /** N: the provinces of the ranking's vintage. */
  of: number;
  /** n: the provinces with data. */
  rankedCount: number;
  /** Rule 2: fewer than N have data. */
  isPartialField: boolean;
  /** Why no rank is shown, when rule 3 withholds it. */
  withheld: Bilingual | null;
}

/**
 * @example rankShown(1, 1, 63) // { rank: null, withheld: { vi: 'Chỉ 1/63 tỉnh có số liệu: chưa xếp hạng', … } }
 * @example rankShown(5, 40, 63) // { rank: 5, isPartialField: true, … }
 */
export function rankShown(rank: number | null, rankedCount: number, of: number): RankShown {
  const isPartialField = rankedCount < of;
  if (isTooFewProvinces(rankedCount, of)) {
    return {
      rank: null,
      of,
      rankedCount,
      isPartialField,
      withheld: {
        vi: `Chỉ ${rankedCount}/${of} tỉnh có số liệu: chưa xếp hạng`,
        en: `Only ${rankedCount} of ${of} provinces have data: not ranked`,
      },
    };
  }
  return { rank, of, rankedCount, isPartialField, withheld: null };
}
