/** `/duyet/$unitId/$period`: one province's report of one period, as sent for review. */
import { periodLabel, periodOf } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { useSession } from '../../shared/session/use-session.ts';
import { submissionQuery } from './reporting-queries.ts';
import { SubmissionReview } from './submission-review.tsx';
import './reporting.css';

const route = getRouteApi('/duyet/$unitId/$period');

export function SubmissionPage() {
  const { t, locale, name } = useI18n();
  const { unitId, period } = route.useParams();
  const { user } = useSession();
  const submission = useQuery(submissionQuery(unitId, period));
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const unit = units.data?.units.find((u) => u.id === unitId);
  const failed = submission.error ?? units.error ?? indicators.error;
  return (
    <section className="report-page" aria-labelledby="submission-title">
      <p className="back-link">
        <Link to="/duyet">← {t('review.back')}</Link>
      </p>
      <header className="page-heading">
        <h1 id="submission-title">
          {unit ? name(unit) : unitId}{' '}
          <span className="muted">· {periodLabel(periodOf(period), locale)}</span>
        </h1>
        <p className="muted">{t('review.title')}</p>
      </header>
      {failed && <ErrorState error={failed} onRetry={() => void submission.refetch()} />}
      {!failed && (!submission.data || !indicators.data || !unit) && <LoadingState />}
      {submission.data && indicators.data && unit && (
        <SubmissionReview
          key={`${unitId}|${period}`}
          form={submission.data}
          indicators={indicators.data.indicators}
          unit={unit}
          reviewer={user}
        />
      )}
    </section>
  );
}
