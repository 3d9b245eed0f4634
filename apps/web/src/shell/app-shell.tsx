/**
 * The dashboard's frame around every page: header with navigation, the signed-in user and the
 * language switch; the page; the footer. The language is the URL's (`?lang=en`), given to every
 * component below through the I18n provider.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { UserMenu } from '../features/auth/user-menu.tsx';
import { I18nProvider, useI18n } from '../i18n/use-i18n.ts';
import { metaQuery } from '../shared/reference/reference-queries.ts';
import { isAdmin, useSession } from '../shared/session/use-session.ts';

export function AppShell() {
  const { lang } = useSearch({ from: '__root__' });
  const locale = lang ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <Frame />
    </I18nProvider>
  );
}

function Frame() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const meta = useQuery(metaQuery());
  const navigate = useNavigate();
  const location = useLocation();
  const isLogin = location.pathname === '/dang-nhap';
  const mustSignIn = !user && meta.data?.publicRead === false;

  // The session can end while a page is open (idle, signed out elsewhere): on a closed server,
  // go to the sign-in page and come back here afterwards.
  useEffect(() => {
    if (mustSignIn && !isLogin) {
      void navigate({ to: '/dang-nhap', search: { tiep: location.href }, replace: true });
    }
  }, [mustSignIn, isLogin, navigate, location.href]);

  const reports = !!user?.assignments.some((a) => a.role === 'staff');
  const reviews = !!user?.assignments.some((a) => a.role === 'reviewer' || a.role === 'admin');
  const isUnder = (path: string) =>
    location.pathname === path || location.pathname.startsWith(`${path}/`) ? ('page' as const) : undefined;
  // The import, progress and plans pages live under /bao-cao/ but have links of their own.
  const isOwnPage = ['/bao-cao/nhap-tep', '/bao-cao/tien-do', '/bao-cao/ke-hoach'].includes(
    location.pathname,
  );
  const other = locale === 'vi' ? 'en' : 'vi';

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <Link className="brand" to="/">
            {t('appName')}
          </Link>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        {!mustSignIn && (
          <nav className="app-nav" aria-label={t('navLabel')}>
            <Link
              to="/"
              className="nav-link"
              aria-current={
                location.pathname === '/' || location.pathname.startsWith('/tinh/') ? 'page' : undefined
              }
            >
              {t('navOverview')}
            </Link>
            <Link to="/xep-hang" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
              {t('navRankings')}
            </Link>
            <Link to="/so-sanh" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
              {t('navCompare')}
            </Link>
            {reports && (
              <Link
                to="/bao-cao"
                className="nav-link"
                activeOptions={{ exact: true }}
                aria-current={isOwnPage ? undefined : isUnder('/bao-cao')}
              >
                {t('nav.reports')}
              </Link>
            )}
            {reports && (
              <Link to="/bao-cao/tu-bao-cao" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {t('nav.fromReport')}
              </Link>
            )}
            {reports && (
              <Link to="/bao-cao/nhap-tep" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {t('nav.import')}
              </Link>
            )}
            {reports && (
              <Link to="/bao-cao/ke-hoach" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {t('nav.plans')}
              </Link>
            )}
            {user && (
              <Link to="/bao-cao/tien-do" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {t('nav.completeness')}
              </Link>
            )}
            {reviews && (
              <Link to="/duyet" className="nav-link" aria-current={isUnder('/duyet')}>
                {t('nav.review')}
              </Link>
            )}
            {isAdmin(user) && (
              <Link to="/quan-tri/nguoi-dung" className="nav-link" activeProps={{ 'aria-current': 'page' }}>
                {t('navAdmin')}
              </Link>
            )}
          </nav>
        )}
        <div className="app-user">
          {user ? (
            <UserMenu
              user={user}
              onSignedOut={() => void navigate({ to: meta.data?.publicRead === false ? '/dang-nhap' : '/' })}
            />
          ) : (
            !isLogin &&
            !mustSignIn && (
              <Link to="/dang-nhap" search={{ tiep: location.href }} className="button button-quiet">
                {t('signIn')}
              </Link>
            )
          )}
          <Link
            to="."
            search={(prev) => ({ ...prev, lang: other === 'en' ? 'en' : undefined })}
            replace
            className="button button-quiet"
            hrefLang={other}
            lang={other}
          >
            {t('switchLanguage')}
          </Link>
        </div>
      </header>
      <main>
        <Outlet />
      </main>
      <footer className="app-footer muted">{t('footerData')}</footer>
    </div>
  );
}
