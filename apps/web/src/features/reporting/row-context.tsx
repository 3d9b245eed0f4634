/** What a row's figure is read against: the previous period's figure and the plan, demo ones said so. */
import { formatIndicatorValue, type IndicatorUnit, periodLabel, periodOf } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { DemoMark } from './demo-mark.tsx';
import { planText } from './figure-text.ts';
import type { FormRowView } from './reporting-queries.ts';

export function RowContext({ data, unit }: { data: FormRowView; unit: IndicatorUnit }) {
  const { t, locale } = useI18n();
  const { previous, plan } = data;
  return (
    <dl className="row-context">
      <div title={previous ? periodLabel(periodOf(previous.period), locale) : undefined}>
        <dt>{t('form.previousShort')}</dt>
        <dd>
          {previous?.value != null ? formatIndicatorValue(previous.value, unit, locale) : t('form.none')}
          {previous?.value != null && previous.isDemo && <DemoMark />}
        </dd>
      </div>
      <div>
        <dt>{t('form.planShort')}</dt>
        <dd>
          {plan ? planText(plan, unit, locale) : t('form.none')}
          {plan?.isDemo && <DemoMark />}
        </dd>
      </div>
    </dl>
  );
}
