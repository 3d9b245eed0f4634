/**
 * The value scale of one small multiple, shared by every province drawn on it so that lines can
 * be compared by height. From 0 unless that flattens the lines against the top (then from a
 * round value, which the chart names); a percentage never above 100; an index always shows 100
 * (the base line); a rank runs from 1 (drawn at the top). A rank's axis runs upside down in
 * relative mode too, so that better is up on every panel: 20th from 40th is an index of 50,
 * drawn above the base line's 100.
 *
 * @example sharedDomain([85.7, 99.4], 'percent', false) // { domain: [80, 100], floor: 80 }
 * @example sharedDomain([512, 2905], 'billion_vnd', false) // { domain: [0, 3000], floor: null }
 * @example sharedDomain([92, 131], 'billion_vnd', true) // { domain: [90, 140], floor: 90 }
 */
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export interface SharedDomain {
  domain: [number, number];
  /** Where the axis starts when not at 0 (the chart says so), else null. */
  floor: number | null;
  /** Round ticks within the domain (null: the chart's own, as for a rank). */
  ticks: number[] | null;
  /** Lower is better (a rank, or its index): the axis runs from the bottom down to the top. */
  isReversed: boolean;
}

/** Below this share of a 0-based axis, the lines' movement is unreadable. */
const FLAT_SHARE = 0.4;

/** A round step (1, 2, 5 × 10ⁿ) of about a fifth of the span. */
export function roundStep(span: number): number {
  const raw = Math.max(span, 1e-9) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const base = raw / power;
  return (base >= 5 ? 5 : base >= 2 ? 2 : 1) * power;
}

export function sharedDomain(values: readonly number[], unit: IndicatorUnit, isIndex: boolean): SharedDomain {
  return { ...scale(values, unit, isIndex), isReversed: unit === 'rank' };
}

function scale(
  values: readonly number[],
  unit: IndicatorUnit,
  isIndex: boolean,
): Omit<SharedDomain, 'isReversed'> {
  const finite = values.filter(Number.isFinite);
  const all = isIndex ? [...finite, 100] : finite;
  if (all.length === 0) return withTicks([0, unit === 'percent' && !isIndex ? 100 : 1], null);
  const min = Math.min(...all);
  const max = Math.max(...all);
  if (unit === 'rank' && !isIndex)
    return { domain: [1, Math.max(2, Math.ceil(max))], floor: null, ticks: null };
  const raw = roundStep(max - min || Math.abs(max) || 1);
  // A percentage's axis moves in steps of at least 5 points: 80%, not 84%.
  const step = unit === 'percent' && !isIndex ? Math.max(5, raw) : raw;
  const top = unit === 'percent' && !isIndex && max <= 100 ? 100 : Math.ceil(max / step) * step;
  const isFlat = min > 0 && (max - min) / max < FLAT_SHARE;
  if (min >= 0 && !isFlat) return withTicks([0, top], null);
  const floor = Math.floor((min - step / 2) / step) * step;
  if (min >= 0 && floor <= 0) return withTicks([0, top], null);
  return withTicks([floor, top], floor === 0 ? null : floor, step);
}

/** Round ticks from the bottom to the top, which moves up to the next tick; five to seven of them. */
function withTicks(
  domain: [number, number],
  floor: number | null,
  minStep = 0,
): Omit<SharedDomain, 'isReversed'> {
  const [lo, hi] = domain;
  const step = Math.max(minStep, roundStep(hi - lo));
  const top = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= top + step / 1e6; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return { domain: [lo, top], floor, ticks };
}
