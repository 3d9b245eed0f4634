/**
 * The status bands of every card, said once above them: what "Đạt", "Gần đạt", "Chậm" and
 * "Chưa hết kỳ" mean. The band's edge comes from core's CLOSE_BAND, never written here.
 */
import type { ProgressStatus } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { closeBandText } from './card-wording.ts';

const BANDS = ['achieved', 'close', 'behind', 'not_over'] as const satisfies readonly ProgressStatus[];

export function StatusLegend() {
  const { t, locale } = useI18n();
  const pct = closeBandText(locale);
  return (
    <div className="status-legend">
      <span className="muted">{t('legend.title')}:</span>
      <ul>
        {BANDS.map((band) => (
          <li key={band} data-status={band}>
            <span className={`status-dot status-${band}`} aria-hidden="true" />
            <strong>{t(`status.${band}`)}</strong>: {t(`legend.${band}`, { pct })}
          </li>
        ))}
      </ul>
    </div>
  );
}
