/**
 * A large number said in words beside the digits ("500.000" → "500 nghìn"), so that a lost or
 * misplaced thousands separator shows at a glance: "500" reads as 500, not as 500 nghìn.
 * Amounts only (counts, km, billion VND) from a thousand up; percentages, indexes, scores and
 * ranks are small numbers whose digits say enough.
 */
import { formatNumber, type IndicatorUnit, type Locale, unitLabel } from '@cds/core';

const SCALES: Record<Locale, readonly (readonly [number, string])[]> = {
  vi: [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
    [1e3, 'nghìn'],
  ],
  en: [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ],
};

const AMOUNTS: readonly IndicatorUnit[] = ['count', 'km', 'billion_vnd'];

/**
 * The number in words, to three significant digits ("≈" when rounded); null where words add nothing.
 * @example inWords(500000, 'count', 'vi')     // '500 nghìn'
 * @example inWords(81442, 'count', 'vi')      // '≈ 81,4 nghìn'
 * @example inWords(1463, 'billion_vnd', 'vi') // '≈ 1,46 nghìn tỷ đồng'
 * @example inWords(2500000, 'count', 'en')    // '2.5 million'
 */
export function inWords(value: number, unit: IndicatorUnit, locale: Locale): string | null {
  if (!AMOUNTS.includes(unit) || !Number.isFinite(value)) return null;
  const scale = SCALES[locale].find(([size]) => Math.abs(value) >= size);
  if (!scale) return null;
  const [size, word] = scale;
  const scaled = value / size;
  const rounded = Number(scaled.toPrecision(3));
  const approx = Math.abs(rounded - scaled) > 1e-9 * Math.abs(scaled) ? '≈ ' : '';
  const suffix = unitLabel(unit, locale);
  return `${approx}${formatNumber(rounded, locale, 2)} ${word}${suffix ? ` ${suffix}` : ''}`;
}
