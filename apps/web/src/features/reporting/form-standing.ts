/**
 * Where a period's form stands, worked out once for every place that says it: the heading's
 * badge, the banner after "Gửi duyệt" and the form's footer all read this, from the form as the
 * API last answered it (after a save, the save's answer). They cannot disagree: before, the
 * footer counted only the rows still open to edits and said "nothing to send" right after the
 * banner said the figures were sent.
 */
import { countStatuses, type ReportStatus, type StatusCounts } from '@cds/core';

export interface FormStanding {
  /** The report as a whole (the API's, core's `reportStatus`). */
  status: ReportStatus;
  /** How many of its figures stand where. */
  counts: StatusCounts;
  /** Nothing entered yet, neither typed here nor kept by the API: the footer says what to do first. */
  isNothingToSend: boolean;
}

/**
 * @param hasTyped whether any row open to edits has text typed in it.
 * @example formStanding({ status: 'submitted', rows: [{ status: 'submitted' }, { status: 'not_started' }] }, false)
 *   // { status: 'submitted', counts: { submitted: 1, not_started: 1, … }, isNothingToSend: false }
 */
export function formStanding(
  form: { status: ReportStatus; rows: readonly { status: ReportStatus }[] },
  hasTyped: boolean,
): FormStanding {
  const counts = countStatuses(form.rows.map((r) => r.status));
  return {
    status: form.status,
    counts,
    isNothingToSend: !hasTyped && counts.not_started === form.rows.length,
  };
}
