/**
 * "Cần chỉ đạo": what the province's leaders need to direct, each indicator named with its reasons
 * (this period's plan, pace to a later plan, a national target), each with its number and horizon.
 * The list, its order and its wording are core's (`needsDirection`, `directionReasonText`); this
 * only lays them out, on the province page and in the printed report.
 */
import { type DirectionReason, directionReasonText } from '@cds/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Briefing } from './briefing-queries.ts';
import type { StripIndicator } from './summary-strip.tsx';

interface Props {
  direction: Briefing['direction'];
  indicatorByKey: ReadonlyMap<string, StripIndicator>;
  /** Where a reason's figures are in the printed report's table ("dòng 3"), when there is one. */
  rowOf?: (indicatorKey: string) => number | undefined;
  /** The printed report names the first SHOWN and says how many more there are. */
  isCompact?: boolean;
}

/** Named at first: the most pressing; the rest one click away (on screen) or counted (in print). */
const SHOWN = 5;

export function DirectionList({ direction, indicatorByKey, rowOf, isCompact = false }: Props) {
  const { t, locale, name } = useI18n();
  const [isAll, setAll] = useState(false);
  const shown = isAll ? direction : direction.slice(0, SHOWN);
  const more = direction.length - shown.length;
  return (
    <section className="direction-list" aria-labelledby="direction-title">
      <h3 id="direction-title">
        {t('briefing.direction.title')}
        {direction.length > 0 && <span className="direction-count"> ({direction.length})</span>}
      </h3>
      {direction.length === 0 ? (
        <p className="strip-note">{t('briefing.direction.none')}</p>
      ) : (
        <>
          <p className="strip-note direction-intro">{t('briefing.direction.intro')}</p>
          <ol>
            {shown.map((item) => {
              const indicator = indicatorByKey.get(item.indicatorKey);
              const row = rowOf?.(item.indicatorKey);
              return (
                <li key={item.indicatorKey} data-indicator={item.indicatorKey}>
                  <span className="strip-name">{indicator ? name(indicator) : item.indicatorKey}</span>
                  {row !== undefined && (
                    <sup className="sentence-refs">
                      [<a href={`#fig-${row}`}>{row}</a>]
                    </sup>
                  )}
                  <ul className="direction-reasons">
                    {item.reasons.map((reason) => (
                      <li
                        key={`${reason.kind}-${'targetYear' in reason ? reason.targetYear : ''}`}
                        data-kind={reason.kind}
                      >
                        {directionReasonText(reason as DirectionReason, indicator?.unit ?? 'count')[locale]}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          {more > 0 &&
            (isCompact ? (
              <p className="strip-note">{t('briefing.direction.more', { n: more })}</p>
            ) : (
              <button
                type="button"
                className="button button-small direction-more"
                onClick={() => setAll(true)}
              >
                {t('briefing.direction.showAll', { n: direction.length })}
              </button>
            ))}
        </>
      )}
    </section>
  );
}
