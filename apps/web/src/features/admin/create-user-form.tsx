/**
 * A new account: login, display name, initial password and its role assignments (POST /api/users).
 * An account with no role can do nothing, so creating one asks first and then says so to the API
 * (`withoutRoles: true`).
 */
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import type { Assignment } from '../../shared/session/use-session.ts';
import { AssignmentsEditor } from './assignments-editor.tsx';
import { useCreateUser } from './users-queries.ts';
import './admin-extras.css';

interface Props {
  units: UnitView[];
  onCreated: (login: string) => void;
  onCancel: () => void;
}

export function CreateUserForm({ units, onCreated, onCancel }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const create = useCreateUser();
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [isConfirming, setConfirming] = useState(false);

  const send = (withoutRoles: boolean) =>
    create.mutate(
      {
        login: login.trim(),
        displayName: displayName.trim(),
        password,
        assignments,
        ...(withoutRoles ? { withoutRoles } : {}),
      },
      { onSuccess: ({ user }) => onCreated(user.login) },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (assignments.length === 0) setConfirming(true);
    else send(false);
  };

  return (
    <form className="admin-panel stack-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('newUser')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-login`}>{t('login')}</label>
          <input
            id={`${id}-login`}
            required
            autoComplete="off"
            spellCheck={false}
            value={login}
            aria-describedby={`${id}-login-help`}
            onChange={(e) => setLogin(e.target.value)}
          />
          <span id={`${id}-login-help`} className="field-help">
            {t('loginHelp')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('displayName')}</label>
          <input
            id={`${id}-name`}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('initialPassword')}</label>
          <input
            id={`${id}-password`}
            required
            type="password"
            autoComplete="new-password"
            minLength={10}
            value={password}
            aria-describedby={`${id}-password-help`}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id={`${id}-password-help`} className="field-help">
            {t('passwordHelp')}
          </span>
        </div>
      </div>
      <AssignmentsEditor
        value={assignments}
        onChange={(next) => {
          setAssignments(next);
          setConfirming(false);
        }}
        units={units}
      />
      {isConfirming && assignments.length === 0 && (
        <div
          className="confirm-panel"
          role="alertdialog"
          aria-labelledby={`${id}-none`}
          aria-describedby={`${id}-none-help`}
        >
          <strong id={`${id}-none`}>{t('accounts.noRoleTitle')}</strong>
          <p id={`${id}-none-help`}>{t('accounts.noRoleHelp')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t('accounts.noRoleBack')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={create.isPending}
              // biome-ignore lint/a11y/noAutofocus: the confirmation takes the focus it asks about
              autoFocus
              onClick={() => send(true)}
            >
              {t('accounts.noRoleConfirm')}
            </button>
          </div>
        </div>
      )}
      {create.isError && (
        <p className="form-error" role="alert">
          {errorMessage(create.error, locale)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('create')}
        </button>
      </div>
    </form>
  );
}
