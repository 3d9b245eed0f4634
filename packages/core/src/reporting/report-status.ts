/**
 * Where a province's report of a period stands, figure by figure and as a whole.
 * A figure is `approved` once a real (not demo) figure is published for it and nothing newer
 * waits; otherwise its latest open revision says where it is; with neither it is `not_started`.
 */
export const REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface FigureState {
  /** The latest revision still open: a draft, one sent for review, or one returned. */
  openRevision: 'draft' | 'submitted' | 'returned' | null;
  /** A real figure is published for the period (demo figures do not count as reported). */
  hasRealFigure: boolean;
}

export function figureStatus(state: FigureState): ReportStatus {
  if (state.openRevision) return state.openRevision;
  return state.hasRealFigure ? 'approved' : 'not_started';
}

export type StatusCounts = Record<ReportStatus, number>;

export function countStatuses(statuses: readonly ReportStatus[]): StatusCounts {
  const counts: StatusCounts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

/**
 * The report as a whole: whatever needs the staff first (returned, then a draft), then what waits
 * for the reviewer, then approved when some figure is and nothing is open; not started otherwise.
 */
export function reportStatus(statuses: readonly ReportStatus[]): ReportStatus {
  const counts = countStatuses(statuses);
  if (counts.returned > 0) return 'returned';
  if (counts.draft > 0) return 'draft';
  if (counts.submitted > 0) return 'submitted';
  if (counts.approved > 0) return 'approved';
  return 'not_started';
}
