/** A reviewer's decision on one figure: approve, or return it with the reason the staff will see. */
import { revisionReturnSchema } from '@cds/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { schemaProblem } from '../../shared/forms/schema-problem.ts';

export type DecisionChoice = 'approve' | 'return' | null;

interface Props {
  indicator: string;
  decision: DecisionChoice;
  comment: string;
  onChange: (decision: DecisionChoice, comment: string) => void;
  isDisabled: boolean;
  error: string | null;
}

export function DecisionControl({ indicator, decision, comment, onChange, isDisabled, error }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  // The API's own rule for a reason to return, said as it says it.
  const commentRule = schemaProblem(revisionReturnSchema.shape.comment, comment, locale);
  const needsComment = decision === 'return' && commentRule !== null;
  return (
    <fieldset className="decision" disabled={isDisabled}>
      <legend className="visually-hidden">{t('review.decisionOf', { indicator })}</legend>
      <label className={`decision-choice${decision === 'approve' ? ' is-approve' : ''}`}>
        <input
          type="radio"
          name={id}
          value="approve"
          checked={decision === 'approve'}
          onChange={() => onChange('approve', comment)}
        />
        {t('approve')}
      </label>
      <label className={`decision-choice${decision === 'return' ? ' is-return' : ''}`}>
        <input
          type="radio"
          name={id}
          value="return"
          checked={decision === 'return'}
          onChange={() => onChange('return', comment)}
        />
        {t('returnEntry')}
      </label>
      {decision === 'return' && (
        <>
          <textarea
            aria-label={t('review.commentOf', { indicator })}
            placeholder={t('reviewComment')}
            value={comment}
            rows={2}
            aria-invalid={needsComment || error ? true : undefined}
            aria-describedby={needsComment ? `${id}-need` : undefined}
            onChange={(e) => onChange('return', e.target.value)}
          />
          {needsComment && (
            <span id={`${id}-need`} className="field-help">
              {t('review.commentNeeded')}: {commentRule}
            </span>
          )}
        </>
      )}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
