/** "minh họa" after a figure that is demo data (a previous value, a plan): never read as reported. */
import { useI18n } from '../../i18n/use-i18n.ts';

export function DemoMark() {
  const { t } = useI18n();
  return (
    <span className="demo-mark" title={t('form.demoMarkHelp')}>
      {t('form.demoMark')}
    </span>
  );
}
