/**
 * The signed-in user in the header: name (and a demo badge for the demo accounts), and
 * behind it a small panel with their roles and provinces, "Đổi mật khẩu" and "Đăng xuất".
 * A disclosure of plain buttons: Tab reaches everything, Escape or a click elsewhere closes.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { unitsQuery } from '../../shared/reference/reference-queries.ts';
import { assignmentLabel } from '../../shared/session/assignment-label.ts';
import type { SessionUserView } from '../../shared/session/use-session.ts';
import { useSignOut } from './auth-mutations.ts';
import { PasswordDialog } from './password-dialog.tsx';

interface Props {
  user: SessionUserView;
  onSignedOut: () => void;
}

export function UserMenu({ user, onSignedOut }: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const units = useQuery(unitsQuery());
  const signOut = useSignOut(onSignedOut);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      // Focus goes back where it came from, not to the top of the page.
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button button-quiet user-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="user-name">{user.displayName}</span>
        {user.isDemo && (
          // On a phone the short word, so that the badge stays beside a long name (cut short first).
          <span className="badge badge-demo">
            <span className="badge-long">{t('demoAccount')}</span>
            <span className="badge-short">{t('demoAccountShort')}</span>
          </span>
        )}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <section id={panelId} className="user-menu-panel" hidden={!open} aria-label={t('userMenu')}>
        <p className="user-menu-login muted">{user.login}</p>
        <h2>{t('yourRoles')}</h2>
        {user.assignments.length === 0 ? (
          <p className="muted">{t('noRoles')}</p>
        ) : (
          <ul className="role-list">
            {user.assignments.map((a) => (
              <li key={`${a.role} ${a.unitId ?? '*'}`}>{assignmentLabel(a, units.data?.units, locale, t)}</li>
            ))}
          </ul>
        )}
        <div className="user-menu-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              setChangingPassword(true);
            }}
          >
            {t('changePassword')}
          </button>
          <button
            type="button"
            className="button"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {signOut.isPending ? t('signingOut') : t('signOut')}
          </button>
        </div>
        {signOut.isError && (
          <p className="form-error" role="alert">
            {errorMessage(signOut.error, locale)}
          </p>
        )}
      </section>
      {changingPassword && (
        <PasswordDialog
          onClose={() => {
            setChangingPassword(false);
            toggle.current?.focus();
          }}
        />
      )}
    </div>
  );
}
