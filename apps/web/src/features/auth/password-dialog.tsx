/**
 * Changing one's own password (POST /api/auth/password). The length and the repeat are
 * checked here; the API checks the rest (the current password, not the login) and its
 * message is shown as it is.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useChangePassword } from './auth-mutations.ts';

const MIN_LENGTH = 10;

export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');

  useEffect(() => {
    // A modal <dialog> traps focus and closes on Escape by itself.
    dialog.current?.showModal();
  }, []);

  const problem =
    next.length > 0 && next.length < MIN_LENGTH
      ? t('passwordTooShort')
      : repeat.length > 0 && repeat !== next
        ? t('passwordsDiffer')
        : null;
  const canSend = current.length > 0 && next.length >= MIN_LENGTH && next === repeat && !change.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSend) change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <dialog ref={dialog} className="entry-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('changePassword')}</h2>
      {change.isSuccess ? (
        <>
          <p className="notice" role="status">
            {t('passwordChanged')}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <label>
            {t('currentPassword')}
            <input
              type="password"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </label>
          <label>
            {t('newPassword')}
            <input
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_LENGTH}
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </label>
          <label>
            {t('repeatPassword')}
            <input
              type="password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </label>
          {problem && (
            <p className="form-problems" aria-live="polite">
              {problem}
            </p>
          )}
          {change.isError && (
            <p className="form-error" role="alert">
              {errorMessage(change.error, locale)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={!canSend}>
              {change.isPending ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
