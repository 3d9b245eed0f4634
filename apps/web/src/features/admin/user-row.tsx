/**
 * One account in the user admin: who, whether active, roles with province names, and the
 * changes an admin makes to it. Roles and password open in a row below; errors show there.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { assignmentLabel } from '../../shared/session/assignment-label.ts';
import type { Assignment } from '../../shared/session/use-session.ts';
import { AssignmentsEditor } from './assignments-editor.tsx';
import { ResetPasswordForm } from './reset-password-form.tsx';
import { type AdminUserView, useSetRoles, useUpdateUser } from './users-queries.ts';

interface Props {
  user: AdminUserView;
  isMe: boolean;
  units: UnitView[];
}

const COLUMNS = 5;

export function UserRow({ user, isMe, units }: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<'roles' | 'password' | null>(null);
  const [draft, setDraft] = useState<Assignment[]>(user.assignments);
  const update = useUpdateUser();
  const setRoles = useSetRoles();

  const editRoles = () => {
    setDraft(user.assignments);
    setRoles.reset();
    setOpen(open === 'roles' ? null : 'roles');
  };

  return (
    <>
      <tr data-user={user.login} className={user.isActive ? undefined : 'is-inactive'}>
        <td>
          <code>{user.login}</code>
          {user.isDemo && <span className="badge badge-demo">{t('demoAccount')}</span>}
        </td>
        <td>
          {user.displayName}
          {isMe && <span className="muted"> ({t('you')})</span>}
        </td>
        <td>
          <span className={`status-pill ${user.isActive ? 'is-active' : 'is-off'}`}>
            {user.isActive ? t('active') : t('inactive')}
          </span>
        </td>
        <td>
          {user.assignments.length === 0 ? (
            <span className="muted">{t('noRoles')}</span>
          ) : (
            <ul className="role-list">
              {user.assignments.map((a) => (
                <li key={`${a.role} ${a.unitId ?? '*'}`}>{assignmentLabel(a, units, locale, t)}</li>
              ))}
            </ul>
          )}
        </td>
        <td>
          <div className="row-actions">
            <button type="button" className="button" aria-expanded={open === 'roles'} onClick={editRoles}>
              {t('editRoles')}
            </button>
            <button
              type="button"
              className="button"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: user.id, change: { isActive: !user.isActive } })}
            >
              {user.isActive ? t('deactivate') : t('reactivate')}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={open === 'password'}
              onClick={() => setOpen(open === 'password' ? null : 'password')}
            >
              {t('resetPassword')}
            </button>
            {update.isError && (
              <p className="form-error" role="alert">
                {errorMessage(update.error, locale)}
              </p>
            )}
          </div>
        </td>
      </tr>
      {open && (
        <tr className="user-row-detail">
          <td colSpan={COLUMNS}>
            {open === 'roles' ? (
              <div className="inline-form">
                <AssignmentsEditor value={draft} onChange={setDraft} units={units} />
                {setRoles.isError && (
                  <p className="form-error" role="alert">
                    {errorMessage(setRoles.error, locale)}
                  </p>
                )}
                <div className="dialog-actions">
                  <button type="button" className="button button-quiet" onClick={() => setOpen(null)}>
                    {t('cancel')}
                  </button>
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={setRoles.isPending}
                    onClick={() =>
                      setRoles.mutate({ id: user.id, assignments: draft }, { onSuccess: () => setOpen(null) })
                    }
                  >
                    {setRoles.isPending ? t('saving') : t('saveRoles')}
                  </button>
                </div>
              </div>
            ) : (
              <ResetPasswordForm userId={user.id} login={user.login} onDone={() => setOpen(null)} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
