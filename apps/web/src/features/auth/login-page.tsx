/**
 * The sign-in page. Shown at `/dang-nhap` and, on a server without public
 * reads, instead of every other page until someone signs in. The API's own message is shown
 * for a refusal: a wrong password, or "Thử lại sau N phút" once the throttle locks the account.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SessionUserView } from '../../shared/session/use-session.ts';
import { useSignIn } from './auth-mutations.ts';
import { DEMO_PASSWORD, DemoAccounts } from './demo-accounts.tsx';

interface Props {
  /** The server is not public: say why the sign-in page is all there is. */
  isRequired: boolean;
  hasDemo: boolean;
  /** Told who signed in, to choose where they land. */
  onSignedIn: (user: SessionUserView) => void;
}

export function LoginPage({ isRequired, hasDemo, onSignedIn }: Props) {
  const { t, locale } = useI18n();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const loginInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    loginInput.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ login: login.trim(), password }, { onSuccess: ({ user }) => onSignedIn(user) });
  };

  return (
    <section className="login-page" aria-labelledby="login-title">
      <div className="login-card">
        <h1 id="login-title">{t('signIn')}</h1>
        {isRequired && (
          <p className="notice login-required" role="note">
            {t('signInRequired')}
          </p>
        )}
        <form className="stack-form" onSubmit={submit} aria-busy={signIn.isPending}>
          <label>
            {t('login')}
            <input
              ref={loginInput}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={login}
              onChange={(e) => setLogin(e.target.value)}
            />
          </label>
          <label>
            {t('password')}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {signIn.isError && (
            <p className="form-error" role="alert">
              {errorMessage(signIn.error, locale)}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={signIn.isPending}>
            {signIn.isPending && <span className="spinner" aria-hidden="true" />}
            {signIn.isPending ? t('signingIn') : t('signIn')}
          </button>
        </form>
        <p className="muted login-help">{t('signInHelp')}</p>
      </div>
      {hasDemo && (
        <DemoAccounts
          onPick={(demoLogin) => {
            setLogin(demoLogin);
            setPassword(DEMO_PASSWORD);
          }}
        />
      )}
    </section>
  );
}
