/** A row's own source, where it is not the form's: folded away until needed. */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { RowText } from './row-text.ts';

interface Props {
  rowKey: string;
  indicator: string;
  text: RowText;
  onText: (patch: Partial<RowText>) => void;
  error: string | null;
  isDisabled: boolean;
}

export function OwnSource({ rowKey, indicator, text, onText, error, isDisabled }: Props) {
  const { t } = useI18n();
  const hasOwn = text.sourceRef !== '' || text.sourceQuote !== '';
  return (
    <details className="own-source" open={hasOwn || !!error || undefined}>
      <summary>{t('form.ownSource')}</summary>
      <input
        aria-label={t('form.fieldOf', { field: t('form.ownSourceRef'), indicator })}
        placeholder={t('form.ownSourceRef')}
        value={text.sourceRef}
        disabled={isDisabled}
        data-row={rowKey}
        data-api-error={error ? 'true' : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onText({ sourceRef: e.target.value })}
      />
      <input
        aria-label={t('form.fieldOf', { field: t('form.ownSourceQuote'), indicator })}
        placeholder={t('form.ownSourceQuote')}
        value={text.sourceQuote}
        disabled={isDisabled}
        onChange={(e) => onText({ sourceQuote: e.target.value })}
      />
      {error && <span className="field-error">{error}</span>}
    </details>
  );
}
