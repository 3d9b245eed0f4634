/** Loading, error and empty states, the same everywhere. */
import { errorMessage } from '../api/client.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <strong>{t('errorTitle')}</strong>
      <p>{errorMessage(error, locale)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Nothing to show. Without a title it is the usual case, a period with no figures yet, and says
 * so with its hint ("Hãy chọn kỳ báo cáo khác hoặc tỉnh khác."); with one, it shows just what it is given.
 */
export function EmptyState({ title, help }: { title?: string; help?: string }) {
  const { t } = useI18n();
  const shownHelp = title === undefined ? (help ?? t('emptyHelp')) : help;
  return (
    <div className="state state-empty">
      <strong>{title ?? t('emptyTitle')}</strong>
      {shownHelp && <p>{shownHelp}</p>}
    </div>
  );
}
