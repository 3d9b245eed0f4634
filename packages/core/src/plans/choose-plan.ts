/**
 * The one rule for which plan a figure is judged against, on every screen, print and file:
 *
 * 1. The unit's own plan for the period.
 * 2. Else, for a province that kept its territory (Sơn La, Điện Biên, … — lineage rule 6) and a
 *    period before the merger, its predecessor's plan: its history is one, figures and plans alike.
 *    A merged province never takes a part's plan (a part's plan is no plan for the whole).
 * 3. Else the national target for the period.
 *
 * Of several plans at one level the first (lowest id) counts, as it was entered first.
 */
import { isUnchangedTerritory, type LineageUnit } from '../lineage/resolve-figure.ts';
import { vintageOfPeriod } from '../lineage/vintage.ts';
import { periodOf } from '../periods/period.ts';

export interface PlanCandidate {
  readonly id: number;
  /** Null for a national target. */
  readonly unitId: string | null;
  readonly indicatorKey: string;
  readonly period: string;
  readonly value: number;
  readonly comparator: string;
  readonly isDemo: boolean;
  readonly isDerived: boolean;
}

/** Whose plan was taken: the unit's, its predecessor's (same territory), or the nation's. */
export type PlanScope = 'unit' | 'predecessor' | 'national';

export type ChosenPlan<P extends PlanCandidate = PlanCandidate> = P & { readonly chosenAs: PlanScope };

/**
 * The units whose plans are a unit's own for a period: itself, and before the merger the one
 * province it continues. The API reads the plans of these (and the national ones).
 * @example planOwners(sonLa34, periodOf('2023')) // ['v34-14', 'v63-14']
 */
export function planOwners(unit: LineageUnit, period: string): string[] {
  const [predecessor] = unit.predecessorIds;
  return isUnchangedTerritory(unit) && predecessor && vintageOfPeriod(periodOf(period)) === 63
    ? [unit.id, predecessor]
    : [unit.id];
}

/**
 * The unit whose rank stands for `unit` in a period's ranking: before the merger a province that
 * kept its territory is ranked among the 63 as its predecessor (one history), otherwise itself.
 * @example historyOwner(sonLa34, '2023') // 'v63-14'
 */
export function historyOwner(unit: LineageUnit, period: string): string {
  const owners = planOwners(unit, period);
  return owners[owners.length - 1] as string;
}

const first = <P extends PlanCandidate>(plans: readonly P[]): P | undefined =>
  plans.reduce<P | undefined>((best, p) => (!best || p.id < best.id ? p : best), undefined);

/**
 * The plan a unit's figure for `period` is judged against (rules 1–3), or null.
 * @example choosePlan(plans, { unit: sonLa34, indicatorKey: 'households_fibre', period: '2023' })
 * // Sơn La (cũ)'s 2023 plan, chosenAs 'predecessor', when v34-14 has none of its own
 */
export function choosePlan<P extends PlanCandidate>(
  plans: readonly P[],
  at: { unit: LineageUnit; indicatorKey: string; period: string },
): ChosenPlan<P> | null {
  const of = plans.filter((p) => p.indicatorKey === at.indicatorKey && p.period === at.period);
  const [own, predecessor] = planOwners(at.unit, at.period);
  const levels: [PlanScope, P | undefined][] = [
    ['unit', first(of.filter((p) => p.unitId === own))],
    ['predecessor', predecessor ? first(of.filter((p) => p.unitId === predecessor)) : undefined],
    ['national', first(of.filter((p) => p.unitId === null))],
  ];
  for (const [chosenAs, plan] of levels) if (plan) return { ...plan, chosenAs };
  return null;
}

/**
 * The next plan after `afterYear` (a yearly plan, the earliest later year), by the same rules:
 * what a pace to plan looks to.
 */
export function nextPlan<P extends PlanCandidate>(
  plans: readonly P[],
  at: { unit: LineageUnit; indicatorKey: string; afterYear: number },
): ChosenPlan<P> | null {
  const years = [
    ...new Set(
      plans
        .filter((p) => p.indicatorKey === at.indicatorKey && /^\d{4}$/.test(p.period))
        .map((p) => Number(p.period))
        .filter((y) => y > at.afterYear),
    ),
  ].sort((a, b) => a - b);
  for (const year of years) {
    const plan = choosePlan(plans, { unit: at.unit, indicatorKey: at.indicatorKey, period: String(year) });
    if (plan) return plan;
  }
  return null;
}
