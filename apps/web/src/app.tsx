/** The dashboard shell: header with navigation, the signed-in user and the language switch; the page. */
import { useEffect } from 'react';
import { useSession } from './features/auth/use-session.ts';
import { ReviewPage } from './features/entry/review-page.tsx';
import { OverviewPage } from './features/overview/overview-page.tsx';
import { translator } from './i18n/use-i18n.ts';
import { type Page, useUrlState } from './url-state/use-url-state.ts';

export function App() {
  const [state, update] = useUrlState();
  const { user } = useSession();
  const locale = state.lang;
  const t = translator(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const canEnter = !!user?.assignments.some((a) => a.role !== 'viewer');
  const nav: { page: Page; label: string }[] = [
    { page: 'overview', label: t('navOverview') },
    ...(canEnter ? [{ page: 'entries' as const, label: t('entriesAndReview') }] : []),
  ];

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <a className="brand" href="/">
            {t('appName')}
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
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
        <div className="app-user">
          {user ? (
            <span className="user-name">{user.displayName}</span>
          ) : (
            <button type="button" className="button button-quiet" onClick={() => update({ page: 'login' })}>
              {t('signIn')}
            </button>
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
      <main>
        {state.page === 'entries' ? (
          <ReviewPage locale={locale} t={t} />
        ) : (
          <OverviewPage state={state} update={update} locale={locale} t={t} />
        )}
      </main>
      <footer className="app-footer muted">{t('footerData')}</footer>
    </div>
  );
}
