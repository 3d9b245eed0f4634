/** "As reported" (the provinces of the time) or "restated" (today's 34, combined from their parts). */
import type { View } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';

export function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="view-switch">
      <legend>{t('viewLabel')}</legend>
      <div className="controls">
        {(['reported', 'restated'] as const).map((v) => (
          <label key={v} className={view === v ? 'is-checked' : undefined}>
            <input type="radio" name="view" value={v} checked={view === v} onChange={() => onChange(v)} />
            {t(`view.${v}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
