/**
 * The province's cards, in the order the reader picks: by family, as the catalogue lists them,
 * or every indicator in one list, furthest behind its plan first (`sort-cards.ts`).
 */
import { FAMILIES, type Period } from '@cds/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import type { CardTrend } from './card-trend.ts';
import { FamilySection } from './family-section.tsx';
import type { SummaryItem } from './overview-queries.ts';
import { byGapToPlan, type CardOrder } from './sort-cards.ts';

interface Props {
  items: SummaryItem[];
  indicatorByKey: Map<string, IndicatorView>;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onEdit?: (key: string) => void;
  onHistory?: (key: string) => void;
  pendingSince?: ReadonlyMap<string, string>;
  /** The province whose form of the period the cards link to; none for those who may not report. */
  formUnitId?: string;
  period: Period;
  trends?: ReadonlyMap<string, CardTrend>;
}

export function CardList({ items, indicatorByKey, ...cards }: Props) {
  const { t } = useI18n();
  const [order, setOrder] = useState<CardOrder>('default');
  return (
    <>
      <div className="card-order">
        <label>
          {t('briefing.sort.label')}{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as CardOrder)}>
            <option value="default">{t('briefing.sort.default')}</option>
            <option value="behind">{t('briefing.sort.behind')}</option>
          </select>
        </label>
      </div>
      {order === 'behind' ? (
        <FamilySection
          family={null}
          heading={t('briefing.sort.heading')}
          items={byGapToPlan(items)}
          indicatorByKey={indicatorByKey}
          {...cards}
        />
      ) : (
        FAMILIES.map((family) => (
          <FamilySection
            key={family}
            family={family}
            items={items.filter((i) => indicatorByKey.get(i.indicator)?.family === family)}
            indicatorByKey={indicatorByKey}
            {...cards}
          />
        ))
      )}
    </>
  );
}
