/**
 * The demo accounts listed on the sign-in page while the demo dataset is loaded. Their
 * password is public (README), so they are labelled as demo and never shown otherwise.
 */
import { useI18n } from '../../i18n/use-i18n.ts';

export const DEMO_PASSWORD = 'demo-cds-2026';

const DEMO_LOGINS = ['demo.viewer', 'demo.sonla', 'demo.quangtri', 'demo.reviewer', 'demo.admin'] as const;

export function DemoAccounts({ onPick }: { onPick: (login: string) => void }) {
  const { t } = useI18n();
  return (
    <aside className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">{t('demoAccounts')}</h2>
      <p>
        {t('demoAccountsHelp')} <code>{DEMO_PASSWORD}</code>. {t('demoAccountsWarning')}
      </p>
      <ul>
        {DEMO_LOGINS.map((login) => (
          <li key={login}>
            <button
              type="button"
              className="link-button"
              title={t('useAccount')}
              onClick={() => onPick(login)}
            >
              {login}
            </button>
            <span className="muted">{t(`demoAccount.${login}`)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
