/** Where a report or one of its figures stands: not started, draft, awaiting review, returned, approved. */
import type { ReportStatus } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';

export function ReportStatusBadge({ status, title }: { status: ReportStatus; title?: string }) {
  const { t } = useI18n();
  return (
    <span className={`report-badge report-${status}`} data-status={status} title={title}>
      {t(`report.status.${status}`)}
    </span>
  );
}
