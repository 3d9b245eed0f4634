/** How many of a report's figures stand where ("3 nháp · 6 chờ duyệt · 16 chưa nhập"), the ones needing the staff first. */
import type { ReportStatus, StatusCounts } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';

const ORDER: readonly ReportStatus[] = ['returned', 'draft', 'not_started', 'submitted', 'approved'];

export function StatusCountList({ counts }: { counts: StatusCounts }) {
  const { t } = useI18n();
  const shown = ORDER.filter((s) => counts[s] > 0);
  return (
    <ul className="status-counts">
      {shown.map((s) => (
        <li key={s} className={`count-${s}`}>
          {t(`report.count.${s}`, { n: counts[s] })}
        </li>
      ))}
    </ul>
  );
}
