/**
 * `/bao-cao/$unitId/$period`: a province's report of one period: its heading (province, period,
 * deadline, where it stands), why figures cannot be entered if they cannot, and the form.
 */
import { periodLabel, periodOf, type ReportStatus } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { draftKey } from '../../shared/drafts/draft-store.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { useSession } from '../../shared/session/use-session.ts';
import { DeadlineNote } from './deadline-note.tsx';

import { FormBlocked } from './form-blocked.tsx';
import { formatDate } from './format-date.ts';
import { PeriodForm } from './period-form.tsx';
import { ReportStatusBadge } from './report-status-badge.tsx';
import { periodFormQuery } from './reporting-queries.ts';
import './reporting.css';

const route = getRouteApi('/bao-cao/$unitId/$period');

const SENT: readonly ReportStatus[] = ['submitted', 'approved'];

export function PeriodFormPage() {
  const { t, locale, name } = useI18n();
  const { unitId, period } = route.useParams();
  const { user } = useSession();
  const form = useQuery(periodFormQuery(unitId, period));
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const unit = units.data?.units.find((u) => u.id === unitId);
  const failed = form.error ?? units.error ?? indicators.error;

  return (
    <section className="report-page" aria-labelledby="form-title">
      <p className="back-link">
        <Link to="/bao-cao">← {t('form.back')}</Link>
      </p>
      <header className="page-heading">
        <h1 id="form-title">
          {unit ? name(unit) : unitId}{' '}
          <span className="muted">· {periodLabel(periodOf(period), locale)}</span>
          {form.data && <ReportStatusBadge status={form.data.status} />}
        </h1>
        {/* A form that takes no figures has no deadline to keep. */}
        {form.data && form.data.blockedBy.length === 0 && (
          <p>
            {t('deadline.due', { date: formatDate(form.data.deadline, locale) })} ·{' '}
            <DeadlineNote
              daysLeft={form.data.daysLeft}
              isDone={form.data.rows.every((r) => SENT.includes(r.status))}
            />
          </p>
        )}
      </header>
      {failed && <ErrorState error={failed} onRetry={() => void form.refetch()} />}
      {!failed && (!form.data || !indicators.data) && <LoadingState />}
      {form.data && form.data.blockedBy.length > 0 && (
        <FormBlocked blockedBy={form.data.blockedBy} period={period} units={units.data?.units ?? []} />
      )}
      {form.data && !form.data.canEdit && form.data.blockedBy.length === 0 && (
        <p className="notice" role="note">
          {t('form.viewOnly')}
        </p>
      )}
      {form.data && indicators.data && (
        <PeriodForm
          key={`${unitId}|${period}`}
          form={form.data}
          indicators={indicators.data.indicators}
          storageKey={draftKey(user?.login ?? '', unitId, period)}
          onReload={async () => (await form.refetch()).data}
        />
      )}
    </section>
  );
}
