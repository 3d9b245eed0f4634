/**
 * The staff's inbox: for each province they report for, what is due — the recent periods that
 * have ended, and any period with figures still open — with its deadline, days left, where it
 * stands (figure by figure and overall) and the reviewer's comments on returned figures.
 */
import {
  countStatuses,
  type DeadlineDays,
  daysLeft,
  deadlineOf,
  figureStatus,
  indicatorsDue,
  periodOf,
  periodsToReport,
  type ReportStatus,
  reportStatus,
  type StatusCounts,
  vintageOfPeriod,
} from '@cds/core';
import { canEditUnit } from '../auth/permissions.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { publishedCells } from '../routes/revisions/publish-figures.repository.ts';
import { openReportPeriods } from '../routes/revisions/report-progress.repository.ts';
import {
  listOpenRevisions,
  type OpenStatus,
  type RevisionView,
} from '../routes/revisions/revisions.repository.ts';

export interface InboxItem {
  unitId: string;
  period: string;
  deadline: string;
  daysLeft: number;
  status: ReportStatus;
  counts: StatusCounts;
  due: number;
  /** Figures returned by the reviewer (or corrected since, not yet sent again), with the comment. */
  returned: {
    indicator: string;
    comment: string | null;
    reviewer: string | null;
    reviewedAt: string | null;
  }[];
}

/** The provinces a user reports for: their staff assignments (today's 34 for "every province"). */
export function reportingUnits(catalog: Catalog, user: SessionUser): CatalogUnit[] {
  const everywhere = user.assignments.some(
    (a) => a.role === 'admin' || (a.role === 'staff' && a.unitId === null),
  );
  if (everywhere) return catalog.units.filter((u) => u.vintage === 34);
  const ids = new Set(
    user.assignments.filter((a) => a.role === 'staff' && a.unitId).map((a) => a.unitId as string),
  );
  return catalog.units.filter((u) => ids.has(u.id));
}

const ORDER: Record<ReportStatus, number> = {
  returned: 0,
  draft: 1,
  not_started: 2,
  submitted: 3,
  approved: 4,
};

export async function loadInbox(
  db: Db,
  catalog: Catalog,
  user: SessionUser,
  options: { today: string; deadlines: DeadlineDays },
): Promise<InboxItem[]> {
  const units = reportingUnits(catalog, user);
  const recent = periodsToReport(options.today);
  const pairs = new Map<string, { unit: CatalogUnit; period: string }>();
  for (const unit of units)
    for (const p of recent)
      if (vintageOfPeriod(p) === unit.vintage) pairs.set(`${unit.id}|${p.key}`, { unit, period: p.key });
  // Open reports of every unit they may enter figures for, the former provinces included.
  const editable = catalog.units.filter((u) => canEditUnit(catalog, user, u.id)).map((u) => u.id);
  for (const open of await openReportPeriods(db, editable)) {
    const unit = catalog.unit(open.unitId);
    if (unit) pairs.set(`${unit.id}|${open.period}`, { unit, period: open.period });
  }
  const periodKeys = [...new Set([...pairs.values()].map((p) => p.period))];
  const pairUnits = [...new Set([...pairs.values()].map((p) => p.unit.id))];
  const [open, published] = await Promise.all([
    listOpenRevisions(db, pairUnits, periodKeys),
    publishedCells(db, pairUnits, periodKeys),
  ]);
  const latest = new Map<string, RevisionView>();
  for (const r of open) {
    const key = `${r.unitId}|${r.period}|${r.indicatorKey}`;
    if (!latest.has(key)) latest.set(key, r);
  }
  const real = new Set(
    published.filter((p) => p.is_demo === 0).map((p) => `${p.unit_id}|${p.period}|${p.indicator_key}`),
  );
  const items = [...pairs.values()].map(({ unit, period: key }): InboxItem => {
    const period = periodOf(key);
    const due = indicatorsDue(catalog.indicators, period);
    const statuses = due.map((indicator) => {
      const cell = `${unit.id}|${key}|${indicator.key}`;
      return figureStatus({
        openRevision: (latest.get(cell)?.status as OpenStatus | undefined) ?? null,
        hasRealFigure: real.has(cell),
      });
    });
    const deadline = deadlineOf(period, options.deadlines);
    return {
      unitId: unit.id,
      period: key,
      deadline,
      daysLeft: daysLeft(deadline, options.today),
      status: reportStatus(statuses),
      counts: countStatuses(statuses),
      due: due.length,
      returned: due
        .map((indicator) => latest.get(`${unit.id}|${key}|${indicator.key}`))
        .filter((r): r is RevisionView => !!r && r.status !== 'submitted' && r.reviewComment !== null)
        .map((r) => ({
          indicator: r.indicatorKey,
          comment: r.reviewComment,
          reviewer: r.reviewedBy?.displayName ?? null,
          reviewedAt: r.reviewedAt,
        })),
    };
  });
  return items.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      a.deadline.localeCompare(b.deadline) ||
      a.unitId.localeCompare(b.unitId),
  );
}
