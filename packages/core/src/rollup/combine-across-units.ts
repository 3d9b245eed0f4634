/**
 * Combines several units' figures for the same period into one, following the
 * indicator's across-units rule. Used to restate a merged province from its
 * predecessors. A missing part makes the result incomplete and valueless: a sum of
 * two provinces out of three is not the merged province's figure.
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

  const isUsable = (r: Resolved) => (indicator.acrossUnits === 'ratio' ? hasNumDen(r) : r.value !== null);
  const present = parts.filter((p) => isUsable(p.resolved));
  const missing = parts.filter((p) => !isUsable(p.resolved)).map((p) => `${p.unitId}@${period}`);
  const common = {
    basis: 'restated' as const,
    ...partsFlags(present.map((p) => p.resolved)),
    rankedOf: null,
    isDerived: true,
    parts: present.map((p) => `${p.unitId}@${period}`),
    missing,
    sourceRefs: [...new Set(present.flatMap((p) => p.resolved.sourceRefs))],
  };
  // Every part must be there and itself complete; otherwise there is no honest total.
  const isComplete = missing.length === 0 && present.every((p) => p.resolved.isComplete);
  if (missing.length > 0) {
    return { ...common, isComplete: false, value: null, numerator: null, denominator: null };
  }

  switch (indicator.acrossUnits) {
    case 'sum': {
      const value = present.reduce((s, p) => s + (p.resolved.value ?? 0), 0);
      return { ...common, isComplete, value, numerator: null, denominator: null };
    }
    case 'mean': {
      const value = present.reduce((s, p) => s + (p.resolved.value ?? 0), 0) / present.length;
      return { ...common, isComplete, value, numerator: null, denominator: null };
    }
    case 'ratio': {
      const numerator = present.reduce((s, p) => s + (p.resolved.numerator ?? 0), 0);
      const denominator = present.reduce((s, p) => s + (p.resolved.denominator ?? 0), 0);
      const value = ratioValue(numerator, denominator, indicator.unit === 'percent');
      return { ...common, isComplete, value, numerator, denominator };
    }
  }
}
