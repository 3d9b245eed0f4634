/**
 * Report text in, proposed figures out: what a province's prose report says about the
 * catalogue's indicators, for a person to review — never stored as it stands.
 *
 * The rules (numbered; referred to by number elsewhere; the parts have their own):
 * 1. **Whose and when**: the province the text names (find-province.ts), else the staff member's
 *    own unit; the report's period (find-periods.ts), else the context's. A number whose
 *    sentence names another period of the report's kind before it takes that period. Without
 *    a period there are no proposals.
 * 2. **A figure** is a number (find-numbers.ts) paired with an indicator's words in its sentence
 *    (pair-phrases.ts), or a phrase that states its value (indicator-phrases.ts rule 3). Counts
 *    listed one after another for the same indicator ("01 Nghị quyết, 01 Đề án, 27 Quyết định,
 *    25 Kế hoạch") are one figure, their sum. Each indicator has one figure per unit, period and
 *    kind: the first the report states.
 * 3. **A plan, not a figure**: a number whose sentence says "phấn đấu", "quyết tâm", "mục tiêu",
 *    "chỉ tiêu", "dự kiến", "phương hướng" or "đến (hết) năm YYYY" before it; its period is the one
 *    named there.
 * 4. **A plan derived from a claim**: "1.463 tỷ đồng, vượt 8% so với kế hoạch" gives a plan of
 *    1.463 / 1,08 — only where {@link canDerivePlanFromClaim} allows (flows and counts; never a
 *    rate, index or rank) — marked `derivedFromClaim`.
 * 5. **Derived earlier figures**: "xếp thứ 12, tăng 9 bậc" gives rank 21 a year earlier (or in the
 *    year named after "so với"); "tăng 300.000 lượt so với năm 2018" gives the figure less
 *    300.000 for 2018 ("so với cùng kỳ": the same period a year earlier). Kind `derived`.
 * 6. **Quoted from the original**: `quote === text.slice(start, end)` — the folding for matching
 *    never shows.
 */

import { parseUnitId, vintageOfPeriod } from '../lineage/vintage.ts';
import { makePeriod, parsePeriod, samePeriodLastYear } from '../periods/period.ts';
import { canDerivePlanFromClaim, type Direction, deriveTargetFromPlanClaim } from '../progress/progress.ts';
import { combineQualifiers, type Qualifier } from '../qualifier/qualifier.ts';
import { foldWithOffsets, originalSpan } from '../text/folded-text.ts';
import { findNumbers, type NumberMention } from './find-numbers.ts';
import { findPeriods, type PeriodMention, reportPeriod } from './find-periods.ts';
import { compileProvinceFinder, type ExtractionUnit, inVintage } from './find-province.ts';
import { compilePhrases, type IndicatorPhrase, type PhraseMatch } from './indicator-phrases.ts';
import { type PairingIndicator, pairWithPhrase } from './pair-phrases.ts';
import { splitSentences } from './sentences.ts';

/** An indicator as the extractor needs it (a row of `data/indicators.csv` or the indicator table). */
export interface ExtractionIndicator extends PairingIndicator {
  readonly direction?: Direction;
}

export interface ExtractionContext {
  /** The staff member's own unit: used when the text names no province. */
  readonly unitId?: string;
  /** Used when the text names no period. */
  readonly period?: string;
  readonly catalogue: readonly ExtractionIndicator[];
  readonly units: readonly ExtractionUnit[];
  readonly phrases: readonly IndicatorPhrase[];
}

export type ProposalKind = 'figure' | 'plan' | 'derived';

export interface FigureProposal {
  readonly unitId: string;
  readonly period: string;
  readonly indicatorKey: string;
  readonly kind: ProposalKind;
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly qualifier: Qualifier;
  readonly rankedOf?: number;
  /** The words the proposal was read from: `text.slice(start, end)`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** Rule 4: a plan computed from "vượt X% so với kế hoạch", not stated by the report. */
  readonly derivedFromClaim?: true;
  /** find-periods.ts rule 2: the period runs from this month ("9 tháng năm 2023" → `2023-01`). */
  readonly cumulativeFrom?: string;
}

export interface ExtractionResult {
  readonly unitId?: string;
  readonly period?: string;
  readonly proposals: FigureProposal[];
}

interface Compiled {
  readonly catalogue: ReadonlyMap<string, ExtractionIndicator>;
  readonly phrases: ReturnType<typeof compilePhrases>;
  readonly provinces: ReturnType<typeof compileProvinceFinder>;
  readonly units: ReadonlyMap<string, ExtractionUnit>;
}

// Compiled once per catalogue, phrase list and unit list (the same arrays are passed each time).
const compiledCache = new WeakMap<object, WeakMap<object, WeakMap<object, Compiled>>>();

function compile(context: ExtractionContext): Compiled {
  const byCatalogue = compiledCache.get(context.catalogue) ?? new WeakMap();
  compiledCache.set(context.catalogue, byCatalogue);
  const byPhrases = byCatalogue.get(context.phrases) ?? new WeakMap();
  byCatalogue.set(context.phrases, byPhrases);
  const cached = byPhrases.get(context.units);
  if (cached) return cached;
  const compiled: Compiled = {
    catalogue: new Map(context.catalogue.map((i) => [i.key, i])),
    phrases: compilePhrases(context.phrases),
    provinces: compileProvinceFinder(context.units),
    units: new Map(context.units.map((u) => [u.id, u])),
  };
  byPhrases.set(context.units, compiled);
  return compiled;
}

const PLAN_TRIGGER =
  /(?:phan dau|quyet tam|muc tieu|chi tieu|du kien|phuong huong|(?<!tinh )den (?:het )?nam (?:19|20)\d{2}|het nam (?:19|20)\d{2})/;

interface Candidate {
  readonly number: NumberMention;
  readonly indicator: ExtractionIndicator;
  readonly match: PhraseMatch;
  readonly kind: 'figure' | 'plan';
  readonly period: PeriodMention | null;
  /** [start, end) in the fold: the number and its phrase. */
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a report's text into proposed figures (see the module header for the rules).
 * @example
 * extractFigures('Năm 2023, tỉnh Sơn La có 07 trạm BTS 4G.', { catalogue, units, phrases })
 * // { unitId: 'v63-14', period: '2023', proposals: [{ indicatorKey: 'bts_4g_added', value: 7,
 * //   kind: 'figure', qualifier: 'exact', quote: '07 trạm BTS 4G', … }] }
 */
export function extractFigures(text: string, context: ExtractionContext): ExtractionResult {
  const compiled = compile(context);
  const fold = foldWithOffsets(text);
  const { folded } = fold;
  const periods = findPeriods(folded);
  const periodKey = reportPeriod(periods)?.key ?? context.period;
  const period = periodKey ? parsePeriod(periodKey) : null;
  if (!period) return { ...(context.unitId ? { unitId: context.unitId } : {}), proposals: [] };
  const vintage = vintageOfPeriod(period);
  const named = compiled.provinces.find(folded, vintage);
  const unitId = named ?? (context.unitId ? inVintage(context.unitId, vintage, compiled.units) : undefined);
  if (!unitId) return { period: period.key, proposals: [] };

  const sentences = splitSentences(folded);
  const matches = compiled.phrases.find(folded);
  const numbers = findNumbers(folded);
  const candidates: Candidate[] = [];
  const candidateOf = (number: NumberMention, indicator: ExtractionIndicator, match: PhraseMatch) => {
    const sentence = sentences.at(number.start);
    const before = folded.slice(sentence.start, number.start);
    const kind = PLAN_TRIGGER.test(before) ? 'plan' : 'figure';
    const own = periods.filter(
      (p) => p.start >= sentence.start && p.end <= Math.max(number.start, match.start),
    );
    const stated = own.findLast((p) => (kind === 'plan' ? p.role !== 'comparison' : p.role === 'report'));
    const planAfter =
      kind === 'plan'
        ? periods.find((p) => p.start >= number.end && p.end <= sentence.end && p.role === 'plan')
        : undefined;
    candidates.push({
      number,
      indicator,
      match,
      kind,
      period: stated ?? planAfter ?? null,
      start: Math.min(number.start, match.start),
      end: Math.max(number.end, match.end),
    });
  };
  for (const number of numbers.figures) {
    const pairing = pairWithPhrase(number, sentences.at(number.start), matches, compiled.catalogue, folded);
    if (pairing) candidateOf(number, pairing.indicator, pairing.match);
  }
  for (const match of matches) {
    const value = match.item.impliedValue;
    const indicator = compiled.catalogue.get(match.item.indicatorKey);
    if (value === undefined || !indicator) continue;
    const number: NumberMention = {
      start: match.start,
      end: match.end,
      kind: 'plain',
      value,
      qualifier: 'exact',
    };
    candidateOf(number, indicator, match);
  }
  candidates.sort((a, b) => a.start - b.start);

  const span = (start: number, end: number) => {
    const original = originalSpan(fold, start, end);
    return { quote: text.slice(original.start, original.end), ...original };
  };
  const proposals: FigureProposal[] = [];
  const figureAt = new Map<Candidate, FigureProposal>();
  for (const group of listsOfParts(candidates, folded)) {
    const first = group[0] as Candidate;
    const last = group.at(-1) as Candidate;
    const mention = first.period;
    const key = mention?.key ?? period.key;
    const value = group.reduce((sum, c) => sum + c.number.value, 0);
    const n = first.number;
    const proposal: FigureProposal = {
      unitId: inVintage(unitId, vintageOfPeriod(parsePeriod(key) ?? period), compiled.units),
      period: key,
      indicatorKey: first.indicator.key,
      kind: first.kind,
      value,
      ...(group.length === 1 && n.numerator !== undefined
        ? { numerator: n.numerator, denominator: n.denominator }
        : {}),
      qualifier: combineQualifiers(group.map((c) => c.number.qualifier)),
      ...(n.rankedOf !== undefined ? { rankedOf: n.rankedOf } : {}),
      ...span(first.start, last.end),
      ...(mention?.cumulativeFrom ? { cumulativeFrom: mention.cumulativeFrom } : {}),
    };
    proposals.push(proposal);
    for (const c of group) figureAt.set(c, proposal);
  }
  proposals.push(...derivedProposals(numbers, candidates, figureAt, sentences, compiled, span));
  return { unitId, period: period.key, proposals: firstOfEach(proposals) };
}

/** Rule 2: candidates in order, a list of parts of one count grouped for summing. */
function listsOfParts(candidates: readonly Candidate[], folded: string): Candidate[][] {
  const out: Candidate[][] = [];
  for (const c of candidates) {
    const previous = out.at(-1);
    const last = previous?.at(-1);
    const isPart =
      last !== undefined &&
      last.indicator.key === c.indicator.key &&
      last.kind === c.kind &&
      last.indicator.unit === 'count' &&
      last.match.start >= last.number.end &&
      c.match.start >= c.number.end &&
      /^(?:, ?| va )$/.test(folded.slice(last.end, c.start));
    if (isPart && previous) previous.push(c);
    else out.push([c]);
  }
  return out;
}

/** Rule 2: one proposal per unit, period, indicator and kind — the first stated. */
function firstOfEach(proposals: readonly FigureProposal[]): FigureProposal[] {
  const seen = new Set<string>();
  return proposals
    .toSorted((a, b) => a.start - b.start)
    .filter((p) => {
      const key = `${p.unitId}|${p.period}|${p.indicatorKey}|${p.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Rules 4 and 5. */
function derivedProposals(
  numbers: ReturnType<typeof findNumbers>,
  candidates: readonly Candidate[],
  figureAt: ReadonlyMap<Candidate, FigureProposal>,
  sentences: ReturnType<typeof splitSentences>,
  compiled: Compiled,
  span: (start: number, end: number) => { quote: string; start: number; end: number },
): FigureProposal[] {
  const out: FigureProposal[] = [];
  const figureBefore = (start: number, accept: (c: Candidate) => boolean) => {
    const sentence = sentences.at(start);
    return candidates.findLast(
      (c) => c.kind === 'figure' && c.end <= start && c.start >= sentence.start && accept(c),
    );
  };
  for (const claim of numbers.claims) {
    const c = figureBefore(claim.start, () => true);
    const figure = c && figureAt.get(c);
    if (!c || !figure || !canDerivePlanFromClaim(c.indicator.unit)) continue;
    out.push({
      unitId: figure.unitId,
      period: figure.period,
      indicatorKey: figure.indicatorKey,
      kind: 'plan',
      value: deriveTargetFromPlanClaim(figure.value, claim.aboveBy, c.indicator.direction ?? 'higher'),
      qualifier: figure.qualifier,
      ...span(c.start, claim.end),
      derivedFromClaim: true,
    });
  }
  for (const change of numbers.changes) {
    const isMove = change.kind === 'rank_move';
    const c = figureBefore(change.start, (x) =>
      isMove ? x.number.kind === 'rank' : x.number.kind === change.numberKind,
    );
    const figure = c && figureAt.get(c);
    const current = figure && parsePeriod(figure.period);
    if (!c || !figure || !current) continue;
    const earlier =
      change.comparedYear !== undefined && !change.isSameTimeLastYear
        ? current.type === 'year'
          ? makePeriod('year', change.comparedYear)
          : makePeriod(current.type, change.comparedYear, current.index)
        : samePeriodLastYear(current);
    const value = isMove ? figure.value + change.amount : figure.value - change.amount;
    if (value < (isMove ? 1 : 0)) continue;
    const vintage = vintageOfPeriod(earlier);
    const unitId = inVintage(figure.unitId, vintage, compiled.units);
    if (parseUnitId(unitId)?.vintage !== vintage) continue;
    out.push({
      unitId,
      period: earlier.key,
      indicatorKey: figure.indicatorKey,
      kind: 'derived',
      value,
      qualifier: figure.qualifier,
      // The edition before, of the same vintage, ranked as many provinces ("21/63, tăng 9 bậc" → 30/63).
      ...(isMove && figure.rankedOf !== undefined && parseUnitId(figure.unitId)?.vintage === vintage
        ? { rankedOf: figure.rankedOf }
        : {}),
      ...span(c.start, change.end),
    });
  }
  return out;
}
