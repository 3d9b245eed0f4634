/**
 * The reviewer's decisions on a submission, all sent at once: each figure approved or returned
 * (with a reason), "Duyệt tất cả" for those not decided yet, one "Xác nhận" for all. The API
 * applies them in one transaction, or none (a figure changed meanwhile refuses them all).
 */
import { type Reviewer, reviewRefusal } from '@cds/core';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { EmptyState } from '../../shared/query-states.tsx';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import type { DecisionChoice } from './decision-control.tsx';
import { DecisionRow } from './decision-row.tsx';
import { issuesOf, mapDecisionIssues } from './form-errors.ts';
import { type PeriodFormView, useReviewSubmission } from './reporting-queries.ts';

interface Props {
  form: PeriodFormView;
  indicators: readonly IndicatorView[];
  unit: UnitView;
  /** The signed-in reviewer (null: nobody, who may decide nothing). */
  reviewer: Reviewer | null;
}

interface Decision {
  decision: DecisionChoice;
  comment: string;
}

export function SubmissionReview({ form, indicators, unit, reviewer }: Props) {
  const { t, locale } = useI18n();
  const review = useReviewSubmission(form.unitId, form.period);
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [done, setDone] = useState<{ approved: number; returned: number } | null>(null);
  const [refusal, setRefusal] = useState<{ error: unknown; sent: number[] } | null>(null);

  const waiting = form.rows.filter((r) => r.revision?.status === 'submitted');
  // Who may decide on a row is core's rule, as the API applies it: the row says why not.
  const refusalOf = ({ revision }: (typeof waiting)[number]) =>
    reviewRefusal(reviewer ?? { id: 0, assignments: [] }, {
      unit: { ...unit, successorId: unit.successor?.id ?? null },
      enteredBy: revision?.createdBy.id ?? 0,
      lastChangedBy: revision?.updatedBy?.id ?? null,
    });
  const decidable = waiting.filter((r) => refusalOf(r) === null);
  const choiceOf = (id: number): Decision => decisions[id] ?? { decision: null, comment: '' };
  const chosen = decidable.filter((r) => choiceOf(r.revision?.id as number).decision !== null);
  const count = (d: DecisionChoice) =>
    chosen.filter((r) => choiceOf(r.revision?.id as number).decision === d).length;
  const isComplete = chosen.every((r) => {
    const c = choiceOf(r.revision?.id as number);
    return c.decision === 'approve' || c.comment.trim().length >= 3;
  });

  const approveRest = () =>
    setDecisions((prev) => {
      const next = { ...prev };
      for (const r of decidable) {
        const id = r.revision?.id as number;
        if (!next[id]?.decision) next[id] = { decision: 'approve', comment: next[id]?.comment ?? '' };
      }
      return next;
    });

  const confirm = () => {
    const sent = chosen.map((r) => r.revision as NonNullable<typeof r.revision>);
    setDone(null);
    setRefusal(null);
    review.mutate(
      {
        decisions: sent.map((revision) => {
          const c = choiceOf(revision.id);
          return {
            revisionId: revision.id,
            decision: c.decision as 'approve' | 'return',
            comment: c.decision === 'return' ? c.comment.trim() : null,
            version: revision.version,
          };
        }),
      },
      {
        onSuccess: (answer) => {
          setDone(answer);
          setDecisions({});
        },
        onError: (error) => setRefusal({ error, sent: sent.map((r) => r.id) }),
      },
    );
  };

  const byKey = new Map(indicators.map((i) => [i.key, i]));
  // Worded at each render: a switch of language rewords the API's refusal.
  const refused = refusal && mapDecisionIssues(issuesOf(refusal.error), refusal.sent, locale);
  const refusedText =
    refusal &&
    refused &&
    (refused.form ??
      (Object.keys(refused.byRevision).length > 0 ? null : errorMessage(refusal.error, locale)));
  return (
    <div className="submission-review">
      {done && (
        <div className="form-outcome" role="status">
          <strong>{t('review.done', done)}</strong>
          <p>{t('review.doneHelp')}</p>
        </div>
      )}
      {refusedText && (
        <p className="form-error form-notice" role="alert">
          {refusedText}
        </p>
      )}
      {waiting.length > 0 && form.sourceRef && (
        <p className="submission-source">
          <strong>{t('source')}:</strong> {form.sourceRef}
          {form.sourceQuote && <q lang="vi"> {form.sourceQuote}</q>}
        </p>
      )}
      {waiting.length === 0 ? (
        <EmptyState title={t('review.nothingLeft')} />
      ) : (
        <>
          <table className="review-table decision-table">
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('review.new')}</th>
                <th scope="col">{t('review.published')}</th>
                <th scope="col">{t('review.plan')}</th>
                <th scope="col">{t('review.change')}</th>
                <th scope="col">{t('review.flags')}</th>
                <th scope="col">{t('review.noteSource')}</th>
                <th scope="col">{t('review.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((row) => {
                const indicator = byKey.get(row.indicator);
                const id = row.revision?.id as number;
                if (!indicator) return null;
                return (
                  <DecisionRow
                    key={id}
                    row={row}
                    indicator={indicator}
                    {...choiceOf(id)}
                    onChange={(decision, comment) =>
                      setDecisions((prev) => ({ ...prev, [id]: { decision, comment } }))
                    }
                    refusal={refusalOf(row)?.message[locale] ?? null}
                    formSource={form.sourceRef}
                    isDisabled={review.isPending}
                    error={refused?.byRevision[id] ?? null}
                  />
                );
              })}
            </tbody>
          </table>
          <fieldset className="form-actions is-static">
            <legend className="visually-hidden">{t('actions')}</legend>
            <p className="form-tally">
              {t('review.tally', {
                approve: count('approve'),
                ret: count('return'),
                open: decidable.length - chosen.length,
              })}
              {!isComplete && <span className="form-reason">{t('review.commentNeeded')}</span>}
            </p>
            <button
              type="button"
              className="button"
              title={t('review.approveAllHelp')}
              disabled={review.isPending || chosen.length === decidable.length}
              onClick={approveRest}
            >
              {t('review.approveAll')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={review.isPending || chosen.length === 0 || !isComplete}
              onClick={confirm}
            >
              {review.isPending ? t('sending') : t('review.confirm')}
            </button>
          </fieldset>
        </>
      )}
    </div>
  );
}
