/** A figure as stored for one unit, indicator and period, and what a roll-up makes of several. */

export interface Figure {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** A stored figure with what the dashboard must say about it. */
export interface Cell extends Figure {
  /** Canonical period key. */
  readonly period: string;
  readonly isDemo: boolean;
  readonly sourceRef: string | null;
}

/**
 * A figure the dashboard shows, either as reported or computed from others.
 * `isComplete` is false when some parts were missing: the value then covers only
 * the parts listed, and is never silently filled.
 */
export interface Resolved extends Figure {
  readonly basis: 'reported' | 'rolled_up' | 'restated' | 'none';
  readonly isComplete: boolean;
  readonly isDemo: boolean;
  /** True when the value was computed (roll-up over time or across units) rather than entered. */
  readonly isDerived: boolean;
  /** Period keys (roll-up) or `unitId@period` (restatement) that went into the value. */
  readonly parts: readonly string[];
  /** Parts that should have been there but were not. */
  readonly missing: readonly string[];
  readonly sourceRefs: readonly string[];
}

export const NO_FIGURE: Resolved = {
  value: null,
  numerator: null,
  denominator: null,
  basis: 'none',
  isComplete: false,
  isDemo: false,
  isDerived: false,
  parts: [],
  missing: [],
  sourceRefs: [],
};

/** The ratio a numerator and denominator give, on the indicator's scale (percent → ×100). */
export function ratioValue(numerator: number, denominator: number, isPercent: boolean): number | null {
  if (denominator === 0) return null;
  return (numerator / denominator) * (isPercent ? 100 : 1);
}

export function uniqueSources(cells: readonly { sourceRef: string | null }[]): string[] {
  return [...new Set(cells.map((c) => c.sourceRef).filter((s): s is string => !!s))];
}
