/** An admin sets a new password for an account (POST /api/users/:id/password); its sessions end. */
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useResetPassword } from './users-queries.ts';

interface Props {
  userId: number;
  login: string;
  onDone: () => void;
}

export function ResetPasswordForm({ userId, login, onDone }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ id: userId, newPassword: password }, { onSuccess: () => setPassword('') });
  };

  if (reset.isSuccess) {
    return (
      <div className="inline-form">
        <p className="notice" role="status">
          {t('passwordReset')}
        </p>
        <button type="button" className="button" onClick={onDone}>
          {t('close')}
        </button>
      </div>
    );
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('newPasswordFor', { login })}</label>
        <input
          id={`${id}-password`}
          required
          type="password"
          autoComplete="new-password"
          minLength={10}
          value={password}
          aria-describedby={`${id}-help`}
          onChange={(e) => setPassword(e.target.value)}
        />
        <span id={`${id}-help`} className="field-help">
          {t('passwordHelp')}
        </span>
      </div>
      {reset.isError && (
        <p className="form-error" role="alert">
          {errorMessage(reset.error, locale)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={reset.isPending}>
          {reset.isPending ? t('saving') : t('resetPassword')}
        </button>
      </div>
    </form>
  );
}
