/** Compare provinces side by side: small multiples, a table, relative mode (being built). */
import { useI18n } from '../../i18n/use-i18n.ts';

export function ComparePage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
    </section>
  );
}
