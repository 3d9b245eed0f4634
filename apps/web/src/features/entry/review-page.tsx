/**
 * Entries and review: staff follow their entries; reviewers approve or return what
 * others submitted for their provinces. The API refuses what a user may not do.
 */
import { formatIndicatorValue, formatNumber, periodLabel, periodOf } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { useSession } from '../../shared/session/use-session.ts';
import { type RevisionView, revisionsQuery, useMoveRevision } from './entry-queries.ts';

const STATUSES = ['submitted', 'draft', 'returned', 'approved', 'withdrawn'] as const;

export function ReviewPage() {
  const { t, locale, name } = useI18n();
  const { user } = useSession();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('submitted');
  const revisions = useQuery(revisionsQuery(status));
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const move = useMoveRevision();
  const [comments, setComments] = useState<Record<number, string>>({});

  if (!user) return <EmptyState title={t('signInToReview')} />;
  if (revisions.isError)
    return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />;
  if (!revisions.data || !units.data || !indicators.data) return <LoadingState />;

  const unitName = (id: string) => {
    const u = units.data.units.find((x) => x.id === id);
    return u ? name(u) : id;
  };
  const indicatorOf = (key: string) => indicators.data.indicators.find((i) => i.key === key);
  const isReviewer = user.assignments.some((a) => a.role === 'reviewer' || a.role === 'admin');

  const actions = (r: RevisionView) => {
    const mine = r.createdBy.id === user.id;
    // Whoever entered or last edited a figure may not review it (the API refuses it too).
    const mayReview = !mine && r.updatedBy?.id !== user.id;
    const buttons: { move: 'submit' | 'withdraw' | 'approve' | 'return'; label: string }[] = [];
    if (r.status === 'submitted' && isReviewer && mayReview)
      buttons.push({ move: 'approve', label: t('approve') }, { move: 'return', label: t('returnEntry') });
    if ((r.status === 'draft' || r.status === 'returned') && mine)
      buttons.push({ move: 'submit', label: t('submitForReview') });
    if (r.status !== 'approved' && r.status !== 'withdrawn' && mine)
      buttons.push({ move: 'withdraw', label: t('withdraw') });
    return buttons;
  };

  return (
    <section className="review" aria-labelledby="review-title">
      <h1 id="review-title">{t('entriesAndReview')}</h1>
      <div className="tabs" role="tablist">
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={s === status}
            className={s === status ? 'is-active' : undefined}
            onClick={() => setStatus(s)}
          >
            {t(`revision.${s}`)}
          </button>
        ))}
      </div>
      {move.isError && (
        <p className="form-error" role="alert">
          {errorMessage(move.error, locale)}
        </p>
      )}
      {revisions.data.revisions.length === 0 ? (
        <EmptyState title={t('noEntries')} />
      ) : (
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t('province')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('enteredBy')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.data.revisions.map((r) => {
              const indicator = indicatorOf(r.indicatorKey);
              return (
                <tr key={r.id} data-revision={r.id}>
                  <td>{unitName(r.unitId)}</td>
                  <td>{periodLabel(periodOf(r.period), locale)}</td>
                  <td>{indicator ? name(indicator) : r.indicatorKey}</td>
                  <td>
                    {r.value === null || !indicator
                      ? '—'
                      : formatIndicatorValue(r.value, indicator.unit, locale)}
                    {r.numerator !== null && r.denominator !== null && (
                      <span className="muted">
                        {' '}
                        ({formatNumber(r.numerator, locale)}/{formatNumber(r.denominator, locale)})
                      </span>
                    )}
                  </td>
                  <td className="cell-source">
                    {r.sourceRef}
                    {r.reviewComment && (
                      <span className="cell-flags">
                        {t('reviewComment')}: {r.reviewComment}
                      </span>
                    )}
                  </td>
                  <td>{r.createdBy.displayName}</td>
                  <td className="cell-actions">
                    {actions(r).map((a) =>
                      a.move === 'return' ? (
                        <span key={a.move} className="return-box">
                          <input
                            aria-label={t('reviewComment')}
                            placeholder={t('reviewComment')}
                            value={comments[r.id] ?? ''}
                            onChange={(e) => setComments({ ...comments, [r.id]: e.target.value })}
                          />
                          <button
                            type="button"
                            className="button"
                            disabled={(comments[r.id] ?? '').trim().length < 3 || move.isPending}
                            onClick={() => move.mutate({ id: r.id, move: 'return', comment: comments[r.id] })}
                          >
                            {a.label}
                          </button>
                        </span>
                      ) : (
                        <button
                          key={a.move}
                          type="button"
                          className="button"
                          disabled={move.isPending}
                          onClick={() => move.mutate({ id: r.id, move: a.move })}
                        >
                          {a.label}
                        </button>
                      ),
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
