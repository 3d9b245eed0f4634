/**
 * Checks an entered figure against its indicator's unit before it is stored, with messages in
 * Vietnamese and English that tell the person entering it what to fix.
 *
 * A figure may give its value, a numerator and denominator (212/216 villages), or both. A percentage
 * with a null value but a numerator and denominator is valid: {@link figureValue} computes it. Other
 * units have no rule to compute a value from parts, so they need the value itself.
 */
import type { Bilingual } from '../i18n/locale.ts';
import { type FigureField, FIGURE_MESSAGES as M } from './figure-messages.ts';

export type IndicatorUnit = 'percent' | 'count' | 'km' | 'billion_vnd' | 'index' | 'rank' | 'points';

export interface FigureInput {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** The N in "rank r of N"; only meaningful for the `rank` unit. */
  rankedOf?: number | null;
}

export interface FigureIssue {
  field: FigureField;
  /** Stable snake_case code for programs; the message is for people. */
  code: string;
  message: Bilingual;
}

/** How far an entered percentage may sit from 100·numerator/denominator: reports round to 2 decimals. */
const PERCENT_TOLERANCE = 0.05;

/** Bounded units: [min, max, code, message]. */
const RANGES: Partial<Record<IndicatorUnit, readonly [number, number, string, Bilingual]>> = {
  percent: [0, 100, 'percent_out_of_range', M.percentOutOfRange],
  index: [0, 1, 'index_out_of_range', M.indexOutOfRange],
  points: [0, 100, 'points_out_of_range', M.pointsOutOfRange],
};

/**
 * The scale of a bounded unit, [lowest, highest], or null for amounts and ranks.
 * @example scaleOf('index') // [0, 1]
 */
export function scaleOf(unit: IndicatorUnit): readonly [number, number] | null {
  const range = RANGES[unit];
  return range ? [range[0], range[1]] : null;
}

const given = (x: number | null | undefined): x is number => x !== null && x !== undefined;

const issue = (field: FigureField, code: string, message: Bilingual): FigureIssue => ({
  field,
  code,
  message,
});

function checkValue(unit: IndicatorUnit, value: number, rankedOf: number | null | undefined): FigureIssue[] {
  const range = RANGES[unit];
  if (range) {
    const [min, max, code, message] = range;
    return value < min || value > max ? [issue('value', code, message)] : [];
  }
  switch (unit) {
    case 'count':
      if (value < 0) return [issue('value', 'negative', M.negative('value'))];
      return Number.isInteger(value) ? [] : [issue('value', 'not_integer', M.countNotInteger(value))];
    case 'km':
    case 'billion_vnd':
      return value < 0 ? [issue('value', 'negative', M.negative('value'))] : [];
    case 'rank':
      return checkRank(value, rankedOf);
    default:
      return [];
  }
}

function checkRank(rank: number, rankedOf: number | null | undefined): FigureIssue[] {
  if (!Number.isInteger(rank)) return [issue('value', 'not_integer', M.notInteger('value'))];
  if (rank < 1) return [issue('value', 'rank_out_of_range', M.rankBelowOne)];
  if (!given(rankedOf)) return [];
  if (!Number.isInteger(rankedOf) || rankedOf < 1)
    return [issue('value', 'invalid_ranked_of', M.invalidRankedOf)];
  return rank > rankedOf ? [issue('value', 'rank_out_of_range', M.rankBeyond(rank, rankedOf))] : [];
}

/** Numerator and denominator rules, once both are known to be finite. */
function checkParts(unit: IndicatorUnit, value: number | null, num: number, den: number): FigureIssue[] {
  const issues: FigureIssue[] = [];
  if (num < 0) issues.push(issue('numerator', 'negative', M.negative('numerator')));
  if (den < 0) issues.push(issue('denominator', 'negative', M.negative('denominator')));
  if (den === 0) issues.push(issue('denominator', 'denominator_zero', M.denominatorZero));
  if (num > den) {
    issues.push(issue('numerator', 'numerator_exceeds_denominator', M.numeratorExceedsDenominator(num, den)));
  }
  // Comparing the value with parts that are themselves wrong would only add noise.
  if (issues.length > 0 || unit !== 'percent' || value === null) return issues;
  const expected = percentOf(num, den);
  // The small epsilon keeps a value exactly at the tolerance (98.1 for 98.15) from failing on float noise.
  if (Math.abs(value - expected) > PERCENT_TOLERANCE + 1e-9) {
    issues.push(issue('value', 'value_mismatch', M.valueMismatch(value, num, den, expected)));
  }
  return issues;
}

/**
 * Parts of a percentage above this are a slip whatever the indicator: no province counts a
 * billion villages, households or procedures.
 */
export const MAX_PART = 1_000_000_000;

/** What validation needs to know of an indicator: its unit and its stated plausible maximum. */
export interface FigureRule {
  unit: IndicatorUnit;
  max?: number | null;
}

/**
 * All problems with a figure for an indicator (or just its unit); an empty array means it is valid.
 * A value above the indicator's plausible maximum (`max` in data/indicators.csv) is refused.
 * @example validateFigure('percent', { value: 98.15, numerator: 212, denominator: 216 }) // []
 * @example validateFigure('rank', { value: 70, rankedOf: 63 })[0]?.code // 'rank_out_of_range'
 * @example validateFigure({ unit: 'billion_vnd', max: 1e6 }, { value: 1e308 })[0]?.code // 'above_maximum'
 */
export function validateFigure(rule: IndicatorUnit | FigureRule, figure: FigureInput): FigureIssue[] {
  const { unit, max } = typeof rule === 'string' ? { unit: rule, max: null } : rule;
  const { value, numerator: num, denominator: den, rankedOf } = figure;
  const issues: FigureIssue[] = [];
  const beyond = (field: FigureField, x: number | null | undefined, limit: number | null | undefined) => {
    if (!given(x) || !given(limit) || !Number.isFinite(x) || x <= limit) return false;
    issues.push(issue(field, 'above_maximum', M.aboveMaximum(field, limit)));
    return true;
  };
  const tooBig = [
    // A bounded unit (a percentage, an index) says its own range more precisely.
    beyond('value', value, RANGES[unit] ? null : max),
    beyond('numerator', num, MAX_PART),
    beyond('denominator', den, MAX_PART),
  ].some(Boolean);
  // A number no one meant says nothing of the other rules: they would only add noise.
  if (tooBig) return issues;
  const finite = (field: FigureField, x: number | null | undefined): boolean => {
    if (!given(x) || Number.isFinite(x)) return true;
    issues.push(issue(field, 'not_finite', M.notFinite(field)));
    return false;
  };
  const valueOk = finite('value', value);
  const numeratorOk = finite('numerator', num);
  const denominatorOk = finite('denominator', den);

  if (given(num) && !given(den))
    issues.push(issue('denominator', 'missing_denominator', M.missingDenominator));
  if (given(den) && !given(num)) issues.push(issue('numerator', 'missing_numerator', M.missingNumerator));
  if (!given(value)) {
    // One part without the other is already reported above; asking for the value too would repeat it.
    if (!given(num) && !given(den)) issues.push(issue('value', 'value_required', M.valueRequired));
    else if (given(num) && given(den) && unit !== 'percent') {
      issues.push(issue('value', 'value_required', M.valueNotComputable));
    }
  } else if (valueOk) {
    issues.push(...checkValue(unit, value, rankedOf));
  }
  if (given(num) && given(den) && numeratorOk && denominatorOk) {
    issues.push(...checkParts(unit, valueOk ? value : null, num, den));
  }
  return issues;
}

/**
 * The figure's value, or for a percentage entered only as parts, 100·numerator/denominator.
 * `null` when there is no value and none can be computed.
 * @example figureValue({ value: null, numerator: 212, denominator: 216 }, 'percent') // 98.148…
 */
export function figureValue(figure: FigureInput, unit: IndicatorUnit): number | null {
  if (given(figure.value)) return figure.value;
  const { numerator: num, denominator: den } = figure;
  if (unit !== 'percent' || !given(num) || !given(den) || den === 0) return null;
  return percentOf(num, den);
}

/** 100·num/den, dividing first only when scaling first would overflow (keeps 61.725 exact). */
function percentOf(num: number, den: number): number {
  const scaled = 100 * num;
  return Number.isFinite(scaled) ? scaled / den : 100 * (num / den);
}
