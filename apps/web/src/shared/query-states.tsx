/** Loading, error and empty states, the same everywhere. */
import { errorMessage } from '../api/client.ts';
import type { Translate } from '../i18n/use-i18n.ts';

export function LoadingState({ t, label }: { t: Translate; label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}

export function ErrorState({ t, error, onRetry }: { t: Translate; error: unknown; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <strong>{t('errorTitle')}</strong>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, help }: { title: string; help?: string }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {help && <p>{help}</p>}
    </div>
  );
}
