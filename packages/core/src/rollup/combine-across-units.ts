/**
 * Combines several units' figures for the same period into one, following the indicator's
 * across-units rule. Used to restate a merged province from its predecessors.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **By the indicator's rule**: counts add up, indices average (as DTI 2024 scored merged
 *    provinces), shares recompute from numerators and denominators (Σnum / Σden), never the
 *    mean of the percentages. An indicator whose rule is `none` (a rank) is never combined.
 * 2. **Partial, and says so**: when some parts have no figure, the result is the combination of
 *    those that have one, `isComplete: false`, with the others named in `missing`
 *    (`unitId@period`). It is never "no data" while a part has data, and never complete while a
 *    part is missing: a sum of two provinces out of three is shown as what it is, not as the
 *    merged province's figure. Only when no part has a figure is there none.
 * 3. **A share reported without its fraction**: a part given only as a percentage ("100% of
 *    procedures online", no counts) cannot be weighted. It still counts as a part that reported:
 *    alone, its percentage is the value; with others, the percentages are averaged unweighted
 *    and the result is approximate (qualifier "about"), with no numerator or denominator.
 * 4. The result is exact only when every part is (qualifier rule 2), and demo when any part is.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { NO_FIGURE, partsFlags, type Resolved, ratioValue } from './figure.ts';

export interface UnitFigure {
  readonly unitId: string;
  readonly resolved: Resolved;
}

type CombineIndicator = Pick<Indicator, 'acrossUnits' | 'unit'>;

function hasNumDen(r: Resolved): boolean {
  return r.numerator !== null && r.denominator !== null;
}

function hasFigure(r: Resolved): boolean {
  return r.value !== null || hasNumDen(r);
}

const mean = (parts: readonly UnitFigure[]) =>
  parts.reduce((s, p) => s + (p.resolved.value ?? 0), 0) / parts.length;

/**
 * @param period the period the parts are for; recorded in `parts` as `unitId@period`.
 * @example
 * // Villages with broadband in a merged province: (212 + 90) / (216 + 120), not the mean of 98.1% and 75%.
 */
export function combineAcrossUnits(
  indicator: CombineIndicator,
  period: string,
  parts: readonly UnitFigure[],
): Resolved {
  if (indicator.acrossUnits === 'none' || parts.length === 0) return NO_FIGURE;

  const present = parts.filter((p) => hasFigure(p.resolved));
  const missing = parts.filter((p) => !hasFigure(p.resolved)).map((p) => `${p.unitId}@${period}`);
  const flags = partsFlags(present.map((p) => p.resolved));
  const common = {
    basis: 'restated' as const,
    ...flags,
    rankedOf: null,
    isDerived: true,
    parts: present.map((p) => `${p.unitId}@${period}`),
    missing,
    sourceRefs: [...new Set(present.flatMap((p) => p.resolved.sourceRefs))],
    // Rule 2: every part there and itself complete, or the result says it is not.
    isComplete: missing.length === 0 && present.every((p) => p.resolved.isComplete),
  };
  if (present.length === 0) {
    return { ...common, isComplete: false, value: null, numerator: null, denominator: null };
  }

  switch (indicator.acrossUnits) {
    case 'sum': {
      const value = present.reduce((s, p) => s + (p.resolved.value ?? 0), 0);
      return { ...common, value, numerator: null, denominator: null };
    }
    case 'mean':
      return { ...common, value: mean(present), numerator: null, denominator: null };
    case 'ratio': {
      if (!present.every((p) => hasNumDen(p.resolved))) {
        // Rule 3: a percentage without its counts cannot be weighted.
        const qualifier = present.length > 1 ? 'about' : flags.qualifier;
        return { ...common, qualifier, value: mean(present), numerator: null, denominator: null };
      }
      const numerator = present.reduce((s, p) => s + (p.resolved.numerator ?? 0), 0);
      const denominator = present.reduce((s, p) => s + (p.resolved.denominator ?? 0), 0);
      const value = ratioValue(numerator, denominator, indicator.unit === 'percent');
      return { ...common, value, numerator, denominator };
    }
  }
}
