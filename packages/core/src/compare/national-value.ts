/**
 * The national value of an indicator for a period from the provinces' figures, by the indicator's
 * rule across units, and how many provinces it stands on. A sum is national only when every
 * province has a figure (a partial total would read as a fall); a ratio (Σnumerator/Σdenominator)
 * or a mean of the provinces that reported is given with its coverage, and says it is partial.
 * Fewer than half reporting, it is withheld (rank-shown rule 3): Sơn La alone is not the country.
 * A restated figure short of some predecessors (`missing`) is partial too, and no part of a sum.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isTooFewProvinces } from '../ranking/rank-shown.ts';
import { combineAcrossUnits, type UnitFigure } from '../rollup/combine-across-units.ts';

export interface NationalValue {
  value: number | null;
  /** Provinces with a usable figure, of all. */
  reporting: number;
  of: number;
  isPartial: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
  /** Too few provinces have a figure for a national value (rank-shown rule 3). */
  isWithheld: boolean;
}

export function nationalValue(
  indicator: Pick<Indicator, 'acrossUnits' | 'unit'>,
  period: string,
  figures: readonly UnitFigure[],
): NationalValue {
  const usable = figures.filter((f) =>
    indicator.acrossUnits === 'ratio'
      ? f.resolved.numerator !== null && f.resolved.denominator !== null
      : f.resolved.value !== null,
  );
  const of = figures.length;
  const isShortOfParts = usable.some((f) => f.resolved.missing.some((m) => m.includes('@')));
  const isPartial = usable.length < of || isShortOfParts;
  const isWithheld = usable.length > 0 && isTooFewProvinces(usable.length, of);
  const none = {
    value: null,
    reporting: usable.length,
    of,
    isPartial,
    isDemo: false,
    isPartlyDemo: false,
    isWithheld,
  };
  if (indicator.acrossUnits === 'none' || usable.length === 0 || isWithheld) return none;
  if (indicator.acrossUnits === 'sum' && isPartial) return none;
  const combined = combineAcrossUnits(indicator, period, usable);
  return {
    value: combined.value,
    reporting: usable.length,
    of,
    isPartial,
    isDemo: combined.isDemo,
    isPartlyDemo: combined.isPartlyDemo,
    isWithheld,
  };
}
