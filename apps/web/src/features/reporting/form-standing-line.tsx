/** The form's standing in one line, the same wherever it is shown: its badge and its counts. */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FormStanding } from './form-standing.ts';
import { ReportStatusBadge } from './report-status-badge.tsx';
import { StatusCountList } from './status-count-list.tsx';

export function FormStandingLine({ standing }: { standing: FormStanding }) {
  const { t } = useI18n();
  return (
    <div className="form-standing" data-status={standing.status}>
      <span className="visually-hidden">{t('status')}: </span>
      <ReportStatusBadge status={standing.status} />
      <StatusCountList counts={standing.counts} />
    </div>
  );
}
