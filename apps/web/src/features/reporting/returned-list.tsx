/** The figures a reviewer returned, each with the reviewer's comment: what the staff must correct. */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { formatDate } from './format-date.ts';
import type { InboxItem } from './reporting-queries.ts';

export function ReturnedList({
  returned,
  indicators,
}: {
  returned: InboxItem['returned'];
  indicators: readonly IndicatorView[];
}) {
  const { t, locale, name } = useI18n();
  if (returned.length === 0) return null;
  return (
    <ul className="returned-list">
      {returned.map((r) => {
        const indicator = indicators.find((i) => i.key === r.indicator);
        return (
          <li key={r.indicator} data-indicator={r.indicator}>
            <strong>{indicator ? name(indicator) : r.indicator}</strong>
            {r.comment && <q className="review-comment">{r.comment}</q>}
            {r.reviewer && (
              <span className="muted">
                {' '}
                —{' '}
                {t('inbox.reviewer', {
                  name: r.reviewer,
                  date: r.reviewedAt ? formatDate(r.reviewedAt, locale) : '',
                })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
