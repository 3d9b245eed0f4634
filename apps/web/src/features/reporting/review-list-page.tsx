/** `/duyet`: the reports sent for review in the reviewer's provinces, oldest first, each a link to decide on it. */
import { periodLabel, periodOf } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { unitsQuery } from '../../shared/reference/reference-queries.ts';
import { formatDateTime } from './format-date.ts';
import { submissionsQuery } from './reporting-queries.ts';
import './reporting.css';

export function ReviewListPage() {
  const { t, locale, name } = useI18n();
  const submissions = useQuery(submissionsQuery());
  const units = useQuery(unitsQuery());
  const failed = submissions.error ?? units.error;
  const unitName = (id: string) => {
    const unit = units.data?.units.find((u) => u.id === id);
    return unit ? name(unit) : id;
  };
  return (
    <section className="review-list" aria-labelledby="review-title">
      <header className="page-heading">
        <h1 id="review-title">{t('review.title')}</h1>
        <p className="muted">{t('review.help')}</p>
      </header>
      {failed && <ErrorState error={failed} onRetry={() => void submissions.refetch()} />}
      {!failed && !submissions.data && <LoadingState />}
      {submissions.data?.submissions.length === 0 && (
        <EmptyState title={t('review.empty')} help={t('review.emptyHelp')} />
      )}
      {!!submissions.data?.submissions.length && (
        <table className="review-table submissions-table">
          <thead>
            <tr>
              <th scope="col">{t('province')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('review.count')}</th>
              <th scope="col">{t('review.sentAt')}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.data.submissions.map((s) => (
              <tr
                key={`${s.unitId}|${s.period}`}
                className="row-with-link"
                data-submission={`${s.unitId}/${s.period}`}
              >
                <th scope="row">
                  <Link
                    to="/duyet/$unitId/$period"
                    params={{ unitId: s.unitId, period: s.period }}
                    className="row-link"
                  >
                    {unitName(s.unitId)}
                  </Link>
                </th>
                <td>{periodLabel(periodOf(s.period), locale)}</td>
                <td>{s.count}</td>
                <td>{formatDateTime(s.submittedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
