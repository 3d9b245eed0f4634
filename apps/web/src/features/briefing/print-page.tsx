/** A province's period report for a meeting, one printable A4 page (being built). */
import { useI18n } from '../../i18n/use-i18n.ts';

export function PrintPage() {
  const { t } = useI18n();
  return (
    <article aria-labelledby="print-title">
      <h1 id="print-title">{t('briefing.printTitle')}</h1>
    </article>
  );
}
