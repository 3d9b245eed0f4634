/**
 * The form's buttons, kept in view at the bottom of the screen, with how far the report is and
 * why a button is off. Saving keeps a draft; sending submits every filled row for review.
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FormStanding } from './form-standing.ts';
import { FormStandingLine } from './form-standing-line.tsx';

interface Props {
  filled: number;
  due: number;
  changed: number;
  /** Why the buttons are off, when something must be corrected. */
  reason: string | null;
  /** What to do first, when nothing is filled in. */
  hint: string | null;
  /** What the last draft save did: said here, where the button was pressed. */
  saved: string | null;
  /** Where the report stands: the same line the banner shows after sending. */
  standing: FormStanding;
  canSave: boolean;
  canSubmit: boolean;
  pending: 'save' | 'submit' | null;
  onSave: () => void;
  onSubmit: () => void;
}

export function FormActions(props: Props) {
  const { t } = useI18n();
  const { pending } = props;
  return (
    <fieldset className="form-actions">
      <legend className="visually-hidden">{t('actions')}</legend>
      <div className="form-tally">
        <FormStandingLine standing={props.standing} />
        <span>{t('form.tally', { filled: props.filled, due: props.due })}</span>
        {props.changed > 0 && (
          <span className="unsaved-count">
            {' · '}
            {t('form.changes', { n: props.changed })} <span className="muted">({t('form.keptLocally')})</span>
          </span>
        )}
        {props.reason && <span className="form-reason">{props.reason}</span>}
        {props.hint && <span className="form-hint muted">{props.hint}</span>}
        {props.saved && (
          <span className="form-saved" role="status">
            {props.saved}
          </span>
        )}
      </div>
      <button type="button" className="button" disabled={!props.canSave || !!pending} onClick={props.onSave}>
        {pending === 'save' ? t('saving') : t('saveDraft')}
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={!props.canSubmit || !!pending}
        onClick={props.onSubmit}
      >
        {pending === 'submit' ? t('sending') : t('submitForReview')}
      </button>
    </fieldset>
  );
}
