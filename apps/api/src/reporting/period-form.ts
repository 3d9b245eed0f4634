/**
 * A province's report of one period as one form: every indicator due, each with its open
 * revision (draft, sent for review or returned, with the reviewer's comment), the published
 * figure, the previous period's figure, the plan, the province's own history and plausibility
 * flags. Saving writes every row in one transaction, or nothing (every row's problems listed);
 * submitting sends every filled row for review at once.
 */
import {
  type DeadlineDays,
  daysLeft,
  deadlineOf,
  entryIssues,
  figureStatus,
  figureValue,
  formUnitsFor,
  type Indicator,
  indicatorsDue,
  type Period,
  type PeriodFormRow,
  type PeriodFormSave,
  type PlausibilityFlag,
  periodRange,
  plausibilityFlags,
  previousPeriod,
  type ReportStatus,
  reportStatus,
  VINTAGE_SIZE,
  vietnamDate,
} from '@cds/core';
import { writeAudit } from '../audit/write-audit.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import type { ApiIssue } from '../http/api-error.ts';
import { findTargets, type TargetView } from '../plans/targets.repository.ts';
import { readUnitFigures } from '../resolved-store/resolved-store.repository.ts';
import { checkFigure } from '../routes/revisions/check-figure.ts';
import { publishedCells } from '../routes/revisions/publish-figures.repository.ts';
import {
  insertRevision,
  lockReport,
  type RevisionFields,
  rewriteRevision,
} from '../routes/revisions/revision-states.repository.ts';
import {
  listOpenRevisions,
  type OpenStatus,
  type RevisionView,
} from '../routes/revisions/revisions.repository.ts';

/** How many earlier periods of the same type the plausibility rule compares with. */
const HISTORY_PERIODS = 8;

export interface PublishedView {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: string;
  rankedOf: number | null;
  isDemo: boolean;
  sourceRef: string | null;
  version: number;
}

export interface FormRow {
  indicator: string;
  status: ReportStatus;
  revision: RevisionView | null;
  published: PublishedView | null;
  previous: { period: string; value: number | null; isDemo: boolean } | null;
  plan: Pick<TargetView, 'value' | 'comparator' | 'isDemo' | 'source' | 'scope'> | null;
  /** The province's figures of the earlier periods of this type, oldest first (for the rule as one types). */
  history: number[];
  isHistoryDemo: boolean;
  /** Plausibility of the open revision's figure, if any. */
  flags: PlausibilityFlag[];
}

export interface PeriodFormView {
  unitId: string;
  period: string;
  deadline: string;
  daysLeft: number;
  status: ReportStatus;
  /**
   * Why figures cannot be entered for this unit and period at all (empty when they can). A unit
   * that did not exist in the period names the units whose form of the period holds its
   * territory's figures (`unitIds`: core's `formUnitsFor`); the other reasons name none.
   */
  blockedBy: { code: string; message: { vi: string; en: string }; unitIds: string[] }[];
  canEdit: boolean;
  /** The source most rows of the open report name: the form's default. */
  sourceRef: string | null;
  sourceQuote: string | null;
  rows: FormRow[];
}

/** The latest open revision of each indicator (the list is latest first). */
function latestByIndicator(revisions: readonly RevisionView[]): Map<string, RevisionView> {
  const out = new Map<string, RevisionView>();
  for (const r of revisions) if (!out.has(r.indicatorKey)) out.set(r.indicatorKey, r);
  return out;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function flagsFor(
  indicator: Indicator,
  figure: { value: number | null; numerator: number | null; denominator: number | null },
  history: { values: number[]; isDemo: boolean },
): PlausibilityFlag[] {
  const value = figureValue(figure, indicator.unit);
  if (value === null) return [];
  return plausibilityFlags({
    unit: indicator.unit,
    value,
    history: history.values,
    isAgainstDemo: history.isDemo,
  });
}

/** The unit's figures of the earlier periods of the period's type, per indicator, as shown. */
async function historyOf(db: Db, unit: CatalogUnit, period: Period) {
  const last = previousPeriod(period);
  let first = last;
  for (let i = 1; i < HISTORY_PERIODS; i++) first = previousPeriod(first);
  const periods = periodRange(first, last).map((p) => p.key);
  // A province of today's 34 has figures before the merger as restated from its former provinces.
  const view = unit.vintage === 34 ? 'restated' : 'reported';
  const rows = await readUnitFigures(db, unit.id, periods, [view]);
  const out = new Map<string, { values: number[]; isDemo: boolean; last: FormRow['previous'] }>();
  const byIndicator = new Map<string, typeof rows>();
  for (const r of rows) byIndicator.set(r.indicatorKey, [...(byIndicator.get(r.indicatorKey) ?? []), r]);
  for (const [key, list] of byIndicator) {
    const withValue = list
      .filter((r) => r.figure.value !== null)
      .sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period));
    const previous = list.find((r) => r.period === last.key);
    out.set(key, {
      values: withValue.map((r) => r.figure.value as number),
      isDemo: withValue.some((r) => r.figure.isDemo || r.figure.isPartlyDemo),
      last: previous
        ? {
            period: last.key,
            value: previous.figure.value,
            isDemo: previous.figure.isDemo || previous.figure.isPartlyDemo,
          }
        : null,
    });
  }
  return out;
}

export async function loadPeriodForm(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  options: { today: string; deadlines: DeadlineDays; canEdit: boolean },
): Promise<PeriodFormView> {
  const indicators = indicatorsDue(catalog.indicators, period);
  const successor = unit.successorId ? catalog.unit(unit.successorId) : undefined;
  const blockedBy = entryIssues(
    unit,
    { validFrom: null, validTo: null, nameVi: '', nameEn: '' },
    period,
    options.today,
    successor && { vi: successor.nameVi, en: successor.nameEn },
  ).map((i) => ({
    code: i.code,
    message: i.message,
    unitIds: i.code === 'unit_not_in_period' ? formUnitsFor(unit, period) : [],
  }));
  const [open, published, history, targets] = await Promise.all([
    listOpenRevisions(db, [unit.id], [period.key]),
    publishedCells(db, [unit.id], [period.key]),
    historyOf(db, unit, period),
    findTargets(db, { unitId: unit.id, periods: [period.key] }),
  ]);
  const revisions = latestByIndicator(open);
  const publishedBy = new Map(published.map((p) => [p.indicator_key, p]));
  const rows = indicators.map((indicator): FormRow => {
    const revision = revisions.get(indicator.key) ?? null;
    const cell = publishedBy.get(indicator.key);
    const own = history.get(indicator.key) ?? { values: [], isDemo: false, last: null };
    const plan =
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === unit.id) ??
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === null) ??
      null;
    return {
      indicator: indicator.key,
      status: figureStatus({
        openRevision: (revision?.status as OpenStatus | undefined) ?? null,
        hasRealFigure: !!cell && cell.is_demo === 0,
      }),
      revision,
      published: cell
        ? {
            value: cell.value,
            numerator: cell.numerator,
            denominator: cell.denominator,
            qualifier: cell.qualifier,
            rankedOf: cell.ranked_of,
            isDemo: cell.is_demo === 1,
            sourceRef: cell.source_ref,
            version: cell.version,
          }
        : null,
      previous: own.last,
      plan: plan && {
        value: plan.value,
        comparator: plan.comparator,
        isDemo: plan.isDemo,
        source: plan.source,
        scope: plan.scope,
      },
      history: own.values,
      isHistoryDemo: own.isDemo,
      flags: revision ? flagsFor(indicator, revision, own) : [],
    };
  });
  const deadline = deadlineOf(period, options.deadlines);
  const openRevisions = [...revisions.values()];
  return {
    unitId: unit.id,
    period: period.key,
    deadline,
    daysLeft: daysLeft(deadline, options.today),
    status: reportStatus(rows.map((r) => r.status)),
    blockedBy,
    canEdit: options.canEdit && blockedBy.length === 0,
    sourceRef: mostCommon(openRevisions.map((r) => r.sourceRef)),
    sourceQuote: mostCommon(openRevisions.map((r) => r.sourceQuote)),
    rows,
  };
}

// ---------------------------------------------------------------- saving

const isEmptyRow = (row: PeriodFormRow) =>
  row.value === null && row.numerator === null && row.denominator === null;

export type SaveOutcome =
  | { ok: true; written: number; submitted: number; unchanged: number }
  | { ok: false; status: 400 | 409; code: string; issues: ApiIssue[] };

function fieldsOf(
  indicator: Indicator,
  unit: CatalogUnit,
  row: PeriodFormRow,
  form: PeriodFormSave,
): RevisionFields {
  const rankedOf = indicator.unit === 'rank' ? (row.rankedOf ?? VINTAGE_SIZE[unit.vintage] ?? null) : null;
  return {
    value: figureValue(row, indicator.unit),
    numerator: row.numerator,
    denominator: row.denominator,
    qualifier: row.qualifier,
    rankedOf,
    // A blank field means none: the form's source, no quote, no note.
    sourceRef: row.sourceRef || form.sourceRef || '',
    sourceQuote: row.sourceQuote || form.sourceQuote || null,
    note: row.note || null,
  };
}

function sameFields(a: RevisionFields, r: RevisionView): boolean {
  return (
    a.value === r.value &&
    a.numerator === r.numerator &&
    a.denominator === r.denominator &&
    a.qualifier === r.qualifier &&
    a.rankedOf === r.rankedOf &&
    a.sourceRef === r.sourceRef &&
    a.sourceQuote === r.sourceQuote &&
    a.note === r.note
  );
}

/** Every row's problems, field by field (`rows.3.numerator`); empty when the form may be written. */
export function checkForm(
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  form: PeriodFormSave,
  today: string,
): ApiIssue[] {
  const due = new Set(indicatorsDue(catalog.indicators, period).map((i) => i.key));
  const issues: ApiIssue[] = [];
  form.rows.forEach((row, i) => {
    const at = (field: string) => `rows.${i}.${field}`;
    const indicator = catalog.indicator(row.indicatorKey);
    if (!indicator || !due.has(indicator.key)) {
      issues.push({
        field: at('indicatorKey'),
        code: 'not_due',
        message: {
          vi: `Chỉ tiêu ${row.indicatorKey} không thuộc báo cáo kỳ này`,
          en: `${row.indicatorKey} is not reported for this period`,
        },
      });
      return;
    }
    if (isEmptyRow(row)) return;
    for (const issue of entryIssues(unit, indicator, period, today))
      issues.push({ field: at('indicatorKey'), code: issue.code, message: issue.message });
    const fields = fieldsOf(indicator, unit, row, form);
    for (const issue of checkFigure(indicator, { ...row, rankedOf: fields.rankedOf }))
      issues.push({ ...issue, field: at(issue.field) });
    if (fields.sourceRef.trim().length < 3)
      issues.push({
        field: at('sourceRef'),
        code: 'source_required',
        message: {
          vi: `${indicator.nameVi}: cần ghi nguồn số liệu (số, ngày văn bản) cho cả biểu hoặc cho dòng này`,
          en: `${indicator.nameEn}: name the source (document number and date) for the form or this row`,
        },
      });
  });
  return issues;
}

class Stale extends Error {
  constructor(readonly issues: ApiIssue[]) {
    super('period form overtaken');
  }
}

/**
 * Writes the form in one transaction: a filled row creates or rewrites the indicator's open
 * revision (unchanged rows are left alone, so saving twice changes nothing), an emptied row
 * withdraws its draft; with `submit`, every open draft or returned row of the report is sent for
 * review. A row whose revision changed since the form was loaded refuses the whole save (409).
 */
export async function savePeriodForm(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  form: PeriodFormSave,
  who: { user: SessionUser; now: string; ip: string | null; origin?: 'form' | 'import' },
): Promise<SaveOutcome> {
  const issues = checkForm(catalog, unit, period, form, vietnamDate(who.now));
  if (issues.length > 0) return { ok: false, status: 400, code: 'invalid_figure', issues };
  const { user, now } = who;
  try {
    return await db.transaction().execute(async (trx) => {
      await lockReport(trx, unit.id, period.key);
      const [open, published] = await Promise.all([
        listOpenRevisions(trx, [unit.id], [period.key]),
        publishedCells(trx, [unit.id], [period.key]),
      ]);
      const revisions = latestByIndicator(open);
      const versions = new Map(published.map((p) => [p.indicator_key, p.version]));
      const stale: ApiIssue[] = [];
      let written = 0;
      let unchanged = 0;
      const changedIds: number[] = [];
      for (const [i, row] of form.rows.entries()) {
        const indicator = catalog.indicator(row.indicatorKey) as Indicator;
        const existing = revisions.get(indicator.key) ?? null;
        const fields = fieldsOf(indicator, unit, row, form);
        const staleRow = () =>
          stale.push({
            field: `rows.${i}.indicatorKey`,
            code: 'stale',
            message: {
              vi: `${indicator.nameVi}: số liệu vừa được người khác thay đổi; hãy tải lại biểu`,
              en: `${indicator.nameEn}: someone changed this figure meanwhile; reload the form`,
            },
          });
        const sawIt = existing
          ? row.basedOn?.revisionId === existing.id && row.basedOn.version === existing.version
          : row.basedOn === null;
        if (isEmptyRow(row)) {
          if (!existing || existing.status === 'submitted') continue;
          if (!sawIt) {
            staleRow();
            continue;
          }
          const withdrawn = await rewriteRevision(
            trx,
            existing.id,
            existing as { status: OpenStatus; version: number },
            existingFields(existing),
            {
              status: 'withdrawn',
              baseVersion: existing.baseVersion,
              by: user.id,
              at: now,
            },
          );
          if (!withdrawn) staleRow();
          else {
            written++;
            changedIds.push(existing.id);
          }
          continue;
        }
        if (existing && sameFields(fields, existing)) {
          unchanged++;
          continue;
        }
        if (!sawIt || existing?.status === 'submitted') {
          staleRow();
          continue;
        }
        const baseVersion = versions.get(indicator.key) ?? null;
        if (existing) {
          const ok = await rewriteRevision(
            trx,
            existing.id,
            existing as { status: OpenStatus; version: number },
            fields,
            {
              status: 'draft',
              baseVersion,
              by: user.id,
              at: now,
            },
          );
          if (!ok) staleRow();
          else changedIds.push(existing.id);
        } else {
          changedIds.push(
            await insertRevision(
              trx,
              { unitId: unit.id, indicatorKey: indicator.key, period: period.key },
              fields,
              {
                status: 'draft',
                baseVersion,
                by: user.id,
                at: now,
                origin: who.origin ?? 'form',
              },
            ),
          );
        }
        written++;
      }
      if (stale.length > 0) throw new Stale(stale);
      let submitted = 0;
      if (form.submit) {
        for (const r of await listOpenRevisions(trx, [unit.id], [period.key], ['draft', 'returned'])) {
          const ok = await rewriteRevision(
            trx,
            r.id,
            r as { status: OpenStatus; version: number },
            existingFields(r),
            {
              status: 'submitted',
              baseVersion: r.baseVersion,
              by: user.id,
              at: now,
            },
          );
          if (!ok) throw new Stale([]);
          submitted++;
        }
      }
      if (written > 0 || submitted > 0) {
        await writeAudit(
          trx,
          {
            action: form.submit ? 'report.submit' : 'report.save',
            entity: 'report',
            entityId: `${unit.id}|${period.key}`,
            unitId: unit.id,
            user,
            ip: who.ip,
            details: { written, submitted, unchanged, revisionIds: changedIds, sourceRef: form.sourceRef },
          },
          now,
        );
      }
      return { ok: true as const, written, submitted, unchanged };
    });
  } catch (error) {
    if (error instanceof Stale) return { ok: false, status: 409, code: 'stale', issues: error.issues };
    throw error;
  }
}

function existingFields(r: RevisionView): RevisionFields {
  return {
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    qualifier: r.qualifier,
    rankedOf: r.rankedOf,
    sourceRef: r.sourceRef,
    sourceQuote: r.sourceQuote,
    note: r.note,
  };
}
