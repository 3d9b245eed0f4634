/**
 * The value a plan form would send: a plan typed as a number, or a plan derived from what a report
 * says ("đạt 1.463 tỷ đồng, vượt 8% so với kế hoạch" gives 1.463 / 1,08) with the rules of
 * `@cds/core` (parsePlanClaim, deriveTargetFromPlanClaim), computed as the user types so the form
 * shows it live; the API checks the same computation and stores the plan as derived.
 */
import {
  type Direction,
  deriveTargetFromPlanClaim,
  type IndicatorUnit,
  type Locale,
  parseNumber,
  parsePlanClaim,
} from '@cds/core';

export type PlanMode = 'value' | 'derived';

export interface PlanDraft {
  mode: PlanMode;
  value: string;
  actual: string;
  claim: string;
}

export type PlanProblem =
  | { field: 'value' | 'actual'; code: 'empty' }
  | { field: 'value' | 'actual'; code: 'unread'; message: { vi: string; en: string } }
  | { field: 'claim'; code: 'empty' | 'unread' };

export type PlanValue =
  | { ok: true; value: number; derivedFrom?: { actual: number; claim: string } }
  | { ok: false; problems: PlanProblem[] };

function readNumber(text: string, field: 'value' | 'actual', unit: IndicatorUnit, locale: Locale) {
  const read = parseNumber(text, locale, { unit });
  if (read.kind === 'empty') return { problem: { field, code: 'empty' } as PlanProblem };
  if (!read.ok) return { problem: { field, code: 'unread', message: read.message } as PlanProblem };
  return { value: read.value };
}

/**
 * @example planValue({ mode: 'derived', value: '', actual: '1.463', claim: 'vượt 8% so với kế hoạch' }, 'billion_vnd', 'higher', 'vi')
 *   // { ok: true, value: 1354.63, derivedFrom: { actual: 1463, claim: 'vượt 8% so với kế hoạch' } }
 */
export function planValue(
  draft: PlanDraft,
  unit: IndicatorUnit,
  direction: Direction,
  locale: Locale,
): PlanValue {
  if (draft.mode === 'value') {
    const read = readNumber(draft.value, 'value', unit, locale);
    return read.problem ? { ok: false, problems: [read.problem] } : { ok: true, value: read.value as number };
  }
  const problems: PlanProblem[] = [];
  const actual = readNumber(draft.actual, 'actual', unit, locale);
  if (actual.problem) problems.push(actual.problem);
  const claim = draft.claim.trim();
  const aboveBy = claim ? parsePlanClaim(claim) : null;
  if (!claim) problems.push({ field: 'claim', code: 'empty' });
  else if (aboveBy === null || aboveBy <= -1) problems.push({ field: 'claim', code: 'unread' });
  if (problems.length > 0 || actual.value === undefined || aboveBy === null) return { ok: false, problems };
  // Rounded as the API compares (within half a percent): two decimals are what a plan states.
  const value = Math.round(deriveTargetFromPlanClaim(actual.value, aboveBy, direction) * 100) / 100;
  return { ok: true, value, derivedFrom: { actual: actual.value, claim } };
}

/**
 * A derived plan as stored (`derivation`: "claim: actual") read back into the form.
 * @example readDerivation('vượt 8% so với kế hoạch: 1463') // { claim: 'vượt 8% so với kế hoạch', actual: 1463 }
 */
export function readDerivation(derivation: string | null): { claim: string; actual: number } | null {
  if (!derivation) return null;
  const at = derivation.lastIndexOf(': ');
  if (at < 0) return null;
  const actual = Number(derivation.slice(at + 2));
  return Number.isFinite(actual) ? { claim: derivation.slice(0, at), actual } : null;
}
