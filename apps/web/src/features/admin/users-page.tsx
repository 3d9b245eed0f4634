/**
 * The user admin (`/quan-tri/nguoi-dung`), for administrators: every account with its roles, a form
 * for a new one, and per account: roles, deactivate or reactivate, reset the password. The
 * API refuses anyone else; this page only says so instead of showing a 403.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { unitsQuery } from '../../shared/reference/reference-queries.ts';
import { isAdmin, useSession } from '../../shared/session/use-session.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { DeadlinesForm } from './deadlines-form.tsx';
import { UserRow } from './user-row.tsx';
import { usersQuery } from './users-queries.ts';

export function UsersPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = isAdmin(user);
  const users = useQuery({ ...usersQuery(), enabled: admin });
  const units = useQuery({ ...unitsQuery(), enabled: admin });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  if (!admin) return <EmptyState title={t('adminOnly')} />;
  if (users.isError || units.isError) {
    return (
      <ErrorState
        error={users.error ?? units.error}
        onRetry={() => void Promise.all([users.refetch(), units.refetch()])}
      />
    );
  }
  if (!users.data || !units.data) return <LoadingState />;

  return (
    <section className="admin" aria-labelledby="users-title">
      <div className="admin-heading">
        <h1 id="users-title">{t('usersTitle')}</h1>
        {!creating && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('newUser')}
          </button>
        )}
      </div>
      {created && (
        <p className="notice" role="status">
          {t('userCreated')}: <code>{created}</code>
        </p>
      )}
      {creating && (
        <CreateUserForm
          units={units.data.units}
          onCancel={() => setCreating(false)}
          onCreated={(login) => {
            setCreating(false);
            setCreated(login);
          }}
        />
      )}
      {users.data.users.length === 0 ? (
        <EmptyState title={t('noUsers')} />
      ) : (
        <table className="review-table users-table">
          <thead>
            <tr>
              <th scope="col">{t('login')}</th>
              <th scope="col">{t('displayName')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('roles')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((u) => (
              <UserRow key={u.id} user={u} isMe={u.id === user?.id} units={units.data.units} />
            ))}
          </tbody>
        </table>
      )}
      <DeadlinesForm />
    </section>
  );
}
