/** The dashboard shell: header with the language switch, the overview, the footer. */
import { useEffect } from 'react';
import { OverviewPage } from './features/overview/overview-page.tsx';
import { translator } from './i18n/use-i18n.ts';
import { useUrlState } from './url-state/use-url-state.ts';

export function App() {
  const [state, update] = useUrlState();
  const locale = state.lang;
  const t = translator(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <a className="brand" href="/">
            {t('appName')}
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        <button
          type="button"
          className="button button-quiet"
          lang={locale === 'vi' ? 'en' : 'vi'}
          onClick={() => update({ lang: locale === 'vi' ? 'en' : 'vi' }, { replace: true })}
        >
          {t('switchLanguage')}
        </button>
      </header>
      <main>
        <OverviewPage state={state} update={update} locale={locale} t={t} />
      </main>
      <footer className="app-footer muted">{t('footerData')}</footer>
    </div>
  );
}
