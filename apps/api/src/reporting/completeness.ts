/**
 * Completeness of a period across the provinces: for each unit of the period's vintage, how many
 * of the indicators due it has approved (real figures), sent for review, in draft or returned,
 * per indicator family, and whether it first sent them on time.
 */
import {
  countStatuses,
  type DeadlineDays,
  deadlineOf,
  FAMILIES,
  type Family,
  figureStatus,
  indicatorsDue,
  type Period,
  type ReportStatus,
  reportStatus,
  type StatusCounts,
  vietnamDate,
  vintageOfPeriod,
} from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { publishedCells } from '../routes/revisions/publish-figures.repository.ts';
import { firstSubmissions } from '../routes/revisions/report-progress.repository.ts';
import {
  listOpenRevisions,
  type OpenStatus,
  type RevisionView,
} from '../routes/revisions/revisions.repository.ts';

export interface UnitCompleteness {
  unitId: string;
  status: ReportStatus;
  counts: StatusCounts;
  byFamily: Partial<Record<Family, StatusCounts>>;
  firstSubmittedAt: string | null;
  /** null when nothing was sent yet. */
  onTime: boolean | null;
}

export async function periodCompleteness(
  db: Db,
  catalog: Catalog,
  period: Period,
  deadlines: DeadlineDays,
): Promise<{ period: string; deadline: string; due: number; units: UnitCompleteness[] }> {
  const units = catalog.units.filter((u) => u.vintage === vintageOfPeriod(period));
  const unitIds = units.map((u) => u.id);
  const due = indicatorsDue(catalog.indicators, period);
  const [open, published, first] = await Promise.all([
    listOpenRevisions(db, unitIds, [period.key]),
    publishedCells(db, unitIds, [period.key]),
    firstSubmissions(db, unitIds, period.key),
  ]);
  const latest = new Map<string, RevisionView>();
  for (const r of open)
    if (!latest.has(`${r.unitId}|${r.indicatorKey}`)) latest.set(`${r.unitId}|${r.indicatorKey}`, r);
  const real = new Set(
    published.filter((p) => p.is_demo === 0).map((p) => `${p.unit_id}|${p.indicator_key}`),
  );
  const deadline = deadlineOf(period, deadlines);
  return {
    period: period.key,
    deadline,
    due: due.length,
    units: units.map((unit) => {
      const statusOf = (key: string) =>
        figureStatus({
          openRevision: (latest.get(`${unit.id}|${key}`)?.status as OpenStatus | undefined) ?? null,
          hasRealFigure: real.has(`${unit.id}|${key}`),
        });
      const statuses = due.map((i) => statusOf(i.key));
      const byFamily: Partial<Record<Family, StatusCounts>> = {};
      for (const family of FAMILIES) {
        const inFamily = due.filter((i) => i.family === family);
        if (inFamily.length > 0) byFamily[family] = countStatuses(inFamily.map((i) => statusOf(i.key)));
      }
      const firstSubmittedAt = first.get(unit.id) ?? null;
      return {
        unitId: unit.id,
        status: reportStatus(statuses),
        counts: countStatuses(statuses),
        byFamily,
        firstSubmittedAt,
        onTime: firstSubmittedAt === null ? null : vietnamDate(firstSubmittedAt) <= deadline,
      };
    }),
  };
}
