/**
 * How well the extractor reads reports whose figures are known: precision and recall, figures,
 * plans and derived figures counted apart, against a table in the columns of
 * `seed-figures.csv` (`source_file,province_code,province,period,indicator,value,…,plan_claim,quote`).
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Kinds of expected rows**: `plan_claim` `target` is a plan, `derived` a derived figure, else a
 *    figure. A figure with "exceeds plan by X%" also expects the plan derived from it where
 *    {@link canDerivePlanFromClaim} allows (extract-figures.ts rule 4).
 * 2. **A row with no value** whose quote reads "gần N%" ("gần 100% văn bản …: no exact figure") is
 *    expected as N, qualifier `below` (find-numbers.ts rule 3).
 * 3. **A match** is the same unit (the code paired with the period's vintage), period, indicator
 *    and kind, and a value equal after rounding to two decimals (98.148… matches 98.15), one
 *    proposal to one row.
 * 4. **Distractor proposals** are proposals whose quote holds a date ("10/01/2024") or a document
 *    number ("749/QĐ-TTg"): they must be zero.
 */
import { unitId, vintageOfPeriod } from '../lineage/vintage.ts';
import { parsePeriod } from '../periods/period.ts';
import { canDerivePlanFromClaim, parsePlanClaim } from '../progress/progress.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import type { FigureProposal, ProposalKind } from './extract-figures.ts';

export interface ExpectedFigure {
  readonly sourceFile: string;
  readonly unitId: string;
  readonly period: string;
  readonly indicatorKey: string;
  readonly kind: ProposalKind;
  readonly value: number;
}

/** Rules 1 and 2: the expected proposals of a reference table's records. */
export function expectedFromRecords(
  records: readonly Record<string, string>[],
  unitOf: (indicatorKey: string) => IndicatorUnit | undefined,
): ExpectedFigure[] {
  return records.flatMap((r): ExpectedFigure[] => {
    const period = parsePeriod(r.period ?? '');
    if (!period) return [];
    const claim = r.plan_claim ?? '';
    const nearly = /gần\s+(\d+(?:[.,]\d+)?)\s*%/u.exec(r.quote ?? '');
    const value = r.value ? Number(r.value) : nearly ? Number(nearly[1]?.replace(',', '.')) : Number.NaN;
    if (!Number.isFinite(value)) return [];
    const base = {
      sourceFile: r.source_file ?? '',
      unitId: unitId(vintageOfPeriod(period), r.province_code ?? ''),
      period: period.key,
      indicatorKey: r.indicator ?? '',
    };
    const kind: ProposalKind = claim === 'target' ? 'plan' : claim === 'derived' ? 'derived' : 'figure';
    const rows: ExpectedFigure[] = [{ ...base, kind, value }];
    const aboveBy = parsePlanClaim(claim);
    const unit = unitOf(base.indicatorKey);
    if (aboveBy !== null && unit && canDerivePlanFromClaim(unit)) {
      rows.push({ ...base, kind: 'plan', value: value / (1 + aboveBy) });
    }
    return rows;
  });
}

export interface KindScore {
  readonly kind: ProposalKind;
  readonly expected: number;
  readonly proposed: number;
  readonly matched: number;
  /** matched / proposed (1 when nothing was proposed). */
  readonly precision: number;
  /** matched / expected (1 when nothing was expected). */
  readonly recall: number;
}

export interface ExtractionScore {
  readonly byKind: readonly KindScore[];
  readonly distractorProposals: number;
  readonly unmatchedExpected: readonly ExpectedFigure[];
  readonly unmatchedProposals: readonly (FigureProposal & { sourceFile: string })[];
}

const DISTRACTOR = /\d{1,2}\/\d{1,2}\/\d{4}|\d+\/\p{Lu}{1,}|\d+\/\d{4}\/\p{Lu}/u;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Rules 3 and 4. */
export function scoreExtraction(
  expected: readonly ExpectedFigure[],
  proposed: readonly (FigureProposal & { sourceFile: string })[],
): ExtractionScore {
  const free = new Set(expected);
  const unmatchedProposals: (FigureProposal & { sourceFile: string })[] = [];
  const matchedByKind = new Map<ProposalKind, number>();
  for (const p of proposed) {
    const hit = [...free].find(
      (e) =>
        e.sourceFile === p.sourceFile &&
        e.unitId === p.unitId &&
        e.period === p.period &&
        e.indicatorKey === p.indicatorKey &&
        e.kind === p.kind &&
        round2(e.value) === round2(p.value),
    );
    if (hit) {
      free.delete(hit);
      matchedByKind.set(p.kind, (matchedByKind.get(p.kind) ?? 0) + 1);
    } else unmatchedProposals.push(p);
  }
  const byKind = (['figure', 'plan', 'derived'] as const).map((kind): KindScore => {
    const e = expected.filter((x) => x.kind === kind).length;
    const n = proposed.filter((x) => x.kind === kind).length;
    const matched = matchedByKind.get(kind) ?? 0;
    return {
      kind,
      expected: e,
      proposed: n,
      matched,
      precision: n ? matched / n : 1,
      recall: e ? matched / e : 1,
    };
  });
  return {
    byKind,
    distractorProposals: proposed.filter((p) => DISTRACTOR.test(p.quote)).length,
    unmatchedExpected: [...free],
    unmatchedProposals,
  };
}
