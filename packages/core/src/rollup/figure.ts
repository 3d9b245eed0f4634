/** A figure as stored for one unit, indicator and period, and what a roll-up makes of several. */
import { combineQualifiers, type Qualifier } from '../qualifier/qualifier.ts';

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
  /** Exact unless the report gave a bound or approximation ("trên 90%"); absent means exact. */
  readonly qualifier?: Qualifier;
  /** The N of a rank "r/N" as published; absent or null for other figures. */
  readonly rankedOf?: number | null;
}

/**
 * A figure the dashboard shows, either as reported or computed from others.
 * `isComplete` is false when some parts were missing: the value then covers only
 * the parts listed, and is never silently filled.
 */
export interface Resolved extends Figure {
  readonly basis: 'reported' | 'rolled_up' | 'restated' | 'none';
  readonly isComplete: boolean;
  /** True when any input is demo data. */
  readonly isDemo: boolean;
  /** True when demo and real inputs were combined: the value is neither real nor wholly demo. */
  readonly isPartlyDemo: boolean;
  /** Rule 2 of `qualifier.ts`: exact only when every input is. */
  readonly qualifier: Qualifier;
  /** The N of a reported rank; null otherwise. */
  readonly rankedOf: number | null;
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
  isPartlyDemo: false,
  qualifier: 'exact',
  rankedOf: null,
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

/** What parts say together about demo data and qualifiers: shared by roll-ups and restatements. */
export function partsFlags(
  parts: readonly { isDemo: boolean; isPartlyDemo?: boolean; qualifier?: Qualifier }[],
): Pick<Resolved, 'isDemo' | 'isPartlyDemo' | 'qualifier'> {
  const isDemo = parts.some((p) => p.isDemo);
  const isPartlyDemo = parts.some((p) => p.isPartlyDemo) || (isDemo && parts.some((p) => !p.isDemo));
  return { isDemo, isPartlyDemo, qualifier: combineQualifiers(parts.map((p) => p.qualifier ?? 'exact')) };
}
