/** The source of the whole form, typed once: every row without its own source uses it. */
import type { Ref } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';

interface Props {
  sourceRef: string;
  sourceQuote: string;
  onChange: (field: 'sourceRef' | 'sourceQuote', text: string) => void;
  errors: { sourceRef?: string; sourceQuote?: string };
  isDisabled: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export function FormSourceFields({ sourceRef, sourceQuote, onChange, errors, isDisabled, inputRef }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="form-source">
      <label>
        {t('form.source')} *
        <input
          ref={inputRef}
          value={sourceRef}
          disabled={isDisabled}
          placeholder={t('sourcePlaceholder')}
          aria-invalid={errors.sourceRef ? true : undefined}
          aria-describedby="form-source-help"
          data-api-error={errors.sourceRef ? 'true' : undefined}
          onChange={(e) => onChange('sourceRef', e.target.value)}
        />
        {errors.sourceRef && <span className="field-error">{errors.sourceRef}</span>}
        <span id="form-source-help" className="field-help">
          {t('form.sourceHelp')}
        </span>
      </label>
      <label>
        {t('form.quote')}
        <input
          value={sourceQuote}
          disabled={isDisabled}
          aria-invalid={errors.sourceQuote ? true : undefined}
          onChange={(e) => onChange('sourceQuote', e.target.value)}
        />
        {errors.sourceQuote && <span className="field-error">{errors.sourceQuote}</span>}
      </label>
    </fieldset>
  );
}
