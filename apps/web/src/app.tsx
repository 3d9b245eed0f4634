/**
 * The dashboard shell: header with navigation, the signed-in user and the language switch; the page.
 * On a server without public reads nobody sees more than the sign-in page until they sign in.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect } from 'react';
import { UsersPage } from './features/admin/users-page.tsx';
import { LoginPage } from './features/auth/login-page.tsx';
import { isAdmin, useSession } from './features/auth/use-session.ts';
import { UserMenu } from './features/auth/user-menu.tsx';
import { ReviewPage } from './features/entry/review-page.tsx';
import { OverviewPage } from './features/overview/overview-page.tsx';
import { metaQuery } from './features/overview/overview-queries.ts';
import { RankingsPage } from './features/rankings/rankings-page.tsx';
import { translator } from './i18n/use-i18n.ts';
import { ErrorState, LoadingState } from './shared/query-states.tsx';
import { type Page, useUrlState } from './url-state/use-url-state.ts';

export function App() {
  const [state, update] = useUrlState();
  const session = useSession();
  const meta = useQuery(metaQuery());
  const user = session.user;
  const locale = state.lang;
  const t = translator(locale);
  const publicRead = meta.data?.publicRead ?? false;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Signed in already: the sign-in page has nothing to offer.
  useEffect(() => {
    if (user && state.page === 'login') update({ page: 'overview' }, { replace: true });
  }, [user, state.page, update]);

  const toOverview = useCallback(() => update({ page: 'overview' }), [update]);
  const afterSignOut = useCallback(
    () => update({ page: publicRead ? 'overview' : 'login' }),
    [update, publicRead],
  );

  const canEnter = !!user?.assignments.some((a) => a.role !== 'viewer');
  const nav: { page: Page; label: string }[] = [
    { page: 'overview', label: t('navOverview') },
    { page: 'rankings', label: t('navRankings') },
    ...(canEnter ? [{ page: 'entries' as const, label: t('entriesAndReview') }] : []),
    ...(isAdmin(user) ? [{ page: 'admin' as const, label: t('navAdmin') }] : []),
  ];
  const mustSignIn = !user && meta.data?.publicRead === false;

  let content: ReactNode;
  if (meta.isError) {
    content = <ErrorState t={t} error={meta.error} onRetry={() => void meta.refetch()} />;
  } else if (!meta.data || session.isPending) {
    content = <LoadingState t={t} />;
  } else if (mustSignIn || (state.page === 'login' && !user)) {
    content = (
      <LoginPage
        locale={locale}
        t={t}
        isRequired={mustSignIn}
        hasDemo={meta.data.hasDemo}
        onSignedIn={toOverview}
      />
    );
  } else if (state.page === 'rankings') {
    content = <RankingsPage state={state} update={update} locale={locale} t={t} />;
  } else if (state.page === 'entries') {
    content = <ReviewPage locale={locale} t={t} />;
  } else if (state.page === 'admin') {
    content = <UsersPage locale={locale} t={t} />;
  } else {
    content = <OverviewPage state={state} update={update} locale={locale} t={t} />;
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <a className="brand" href="/">
            {t('appName')}
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        {!mustSignIn && (
          <nav className="app-nav" aria-label={t('navLabel')}>
            {nav.map((n) => (
              <button
                key={n.page}
                type="button"
                aria-current={state.page === n.page ? 'page' : undefined}
                onClick={() => update({ page: n.page })}
              >
                {n.label}
              </button>
            ))}
          </nav>
        )}
        <div className="app-user">
          {user ? (
            <UserMenu user={user} locale={locale} t={t} onSignedOut={afterSignOut} />
          ) : (
            state.page !== 'login' &&
            !mustSignIn && (
              <button type="button" className="button button-quiet" onClick={() => update({ page: 'login' })}>
                {t('signIn')}
              </button>
            )
          )}
          <button
            type="button"
            className="button button-quiet"
            lang={locale === 'vi' ? 'en' : 'vi'}
            onClick={() => update({ lang: locale === 'vi' ? 'en' : 'vi' }, { replace: true })}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <main>{content}</main>
      <footer className="app-footer muted">{t('footerData')}</footer>
    </div>
  );
}
