/**
 * One figure's history in a modal dialog, opened from its card: every publication (old → new,
 * who entered it, who approved it, when) and every revision (from the one-figure entry, the
 * period form or an import; its source and note; the reviewer's comment), oldest first.
 * A native <dialog>: Escape closes it and focus goes back to the button that opened it.
 */
import { type IndicatorUnit, periodLabel, periodOf } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { formatDateTime } from '../../shared/format-date.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import { useSourceText } from '../../shared/source-text.ts';
import {
  figureHistoryQuery,
  type PublicationView,
  type RevisionHistoryView,
} from './figure-history-queries.ts';
import { figureText } from './history-text.ts';
import './figure-history.css';

export interface FigureHistoryProps {
  unit: UnitView;
  indicator: IndicatorView;
  period: string;
  onClose: () => void;
}

export function FigureHistoryDialog({ unit, indicator, period, onClose }: FigureHistoryProps) {
  const { t, locale, name } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const history = useQuery(figureHistoryQuery(unit.id, indicator.key, period));

  // Closed only through the dialog itself (Escape, the close button), whose `close` event unmounts
  // it: closing in a cleanup would fire that event again (React runs effects twice in development).
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="entry-dialog history-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <header className="history-heading">
        <div>
          <h2 id={`${id}-title`}>{t('history.title')}</h2>
          <p className="muted">
            {name(indicator)} · {name(unit)} · {periodLabel(periodOf(period), locale)}
          </p>
        </div>
        <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </header>
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.isPending && <LoadingState />}
      {history.data && (
        <>
          <section aria-labelledby={`${id}-publications`}>
            <h3 id={`${id}-publications`}>{t('history.publications')}</h3>
            {history.data.publications.length === 0 ? (
              <p className="muted">{t('history.noPublications')}</p>
            ) : (
              <ol className="history-list">
                {history.data.publications.map((p) => (
                  <Publication key={`${p.at} ${p.revisionId}`} publication={p} unit={indicator.unit} />
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby={`${id}-revisions`}>
            <h3 id={`${id}-revisions`}>{t('history.revisions')}</h3>
            {history.data.revisions.length === 0 ? (
              <p className="muted">{t('history.noRevisions')}</p>
            ) : (
              <ol className="history-list">
                {history.data.revisions.map((r) => (
                  <Revision key={r.id} revision={r} unit={indicator.unit} />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </dialog>
  );
}

function Publication({ publication: p, unit }: { publication: PublicationView; unit: IndicatorUnit }) {
  const { t, locale } = useI18n();
  return (
    <li className="history-item" data-kind="publication">
      <p className="history-change">
        {p.before ? (
          <>
            <s>{figureText(p.before, unit, locale)}</s> → <strong>{figureText(p.after, unit, locale)}</strong>
            {p.before.isDemo && <span className="muted"> ({t('history.replacedDemo')})</span>}
          </>
        ) : (
          <>
            <strong>{figureText(p.after, unit, locale)}</strong>{' '}
            <span className="muted">({t('history.firstPublication')})</span>
          </>
        )}
      </p>
      <p className="history-meta">
        {t('history.publishedAt', { date: formatDateTime(p.at, locale) })}
        {p.enteredBy && <> · {t('history.enteredBy', { name: p.enteredBy })}</>}
        {p.approvedBy && <> · {t('history.approvedBy', { name: p.approvedBy })}</>}
      </p>
    </li>
  );
}

function Revision({ revision: r, unit }: { revision: RevisionHistoryView; unit: IndicatorUnit }) {
  const { t, locale } = useI18n();
  const sourceText = useSourceText();
  return (
    <li className="history-item" data-kind="revision" data-origin={r.origin}>
      <p className="history-change">
        <strong>{figureText(r, unit, locale)}</strong>{' '}
        <span className={`history-status history-${r.status}`}>{t(`history.status.${r.status}`)}</span>{' '}
        <span className="history-origin">{t(`history.origin.${r.origin}`)}</span>
      </p>
      <p className="history-meta">
        {t('history.createdBy', { name: r.createdBy.displayName, date: formatDateTime(r.createdAt, locale) })}
        {r.submittedAt && <> · {t('history.sentAt', { date: formatDateTime(r.submittedAt, locale) })}</>}
        {r.reviewedBy && r.reviewedAt && (
          <>
            {' '}
            ·{' '}
            {t('history.reviewedBy', {
              name: r.reviewedBy.displayName,
              date: formatDateTime(r.reviewedAt, locale),
            })}
          </>
        )}
      </p>
      <dl className="history-details">
        <dt>{t('source')}</dt>
        <dd>{sourceText(r.sourceRef)}</dd>
        {r.sourceQuote && (
          <>
            <dt>{t('history.quote')}</dt>
            <dd lang="vi">«{r.sourceQuote}»</dd>
          </>
        )}
        {r.note && (
          <>
            <dt>{t('history.note')}</dt>
            <dd>{r.note}</dd>
          </>
        )}
        {r.reviewComment && (
          <>
            <dt>{t('history.comment')}</dt>
            <dd className="history-comment">{r.reviewComment}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
