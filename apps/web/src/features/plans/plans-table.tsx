/**
 * A province's plans of one year by indicator: period, value, source document, and whether the
 * plan is derived (with the sentence it came from) or demo data. Real plans can be changed or
 * deleted by those who set the province's plans; deleting asks first, in the row.
 */
import { formatIndicatorValue, formatNumber, parsePeriod, periodLabel } from '@cds/core';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { Badge, DemoBadge } from '../../shared/badges.tsx';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { readDerivation } from './plan-value.ts';
import { type PlanView, useDeletePlan } from './plans-queries.ts';

interface Props {
  plans: readonly PlanView[];
  indicatorByKey: ReadonlyMap<string, IndicatorView>;
  canEdit: boolean;
  onEdit: (plan: PlanView) => void;
  onDeleted: () => void;
}

export function PlansTable({ plans, indicatorByKey, canEdit, onEdit, onDeleted }: Props) {
  const { t, locale, name } = useI18n();
  const remove = useDeletePlan();
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <>
      {remove.isError && (
        <p className="form-error" role="alert">
          {errorMessage(remove.error, locale)}
        </p>
      )}
      <table className="review-table plans-table">
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('plans.period')}</th>
            <th scope="col" className="num">
              {t('plans.value')}
            </th>
            <th scope="col">{t('plans.source')}</th>
            {canEdit && <th scope="col">{t('actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {plans.map((plan, n) => {
            const isFirstOfIndicator = plans[n - 1]?.indicatorKey !== plan.indicatorKey;
            const rowsOfIndicator = plans.filter((p) => p.indicatorKey === plan.indicatorKey).length;
            const indicator = indicatorByKey.get(plan.indicatorKey);
            const period = parsePeriod(plan.period);
            const periodText = period ? periodLabel(period, locale) : plan.period;
            const indicatorText = indicator ? name(indicator) : plan.indicatorKey;
            const derivation = readDerivation(plan.derivation);
            return (
              <tr
                key={plan.id}
                data-plan={plan.id}
                data-indicator={plan.indicatorKey}
                className={isFirstOfIndicator ? 'plan-group-start' : undefined}
              >
                {isFirstOfIndicator && (
                  <th scope="rowgroup" rowSpan={rowsOfIndicator}>
                    {indicatorText}
                  </th>
                )}
                <td className="nowrap">{periodText}</td>
                <td className="num nowrap">
                  {plan.comparator !== '>=' && `${plan.comparator} `}
                  {indicator ? formatIndicatorValue(plan.value, indicator.unit, locale) : plan.value}
                </td>
                <td>
                  {plan.source}
                  <span className="plan-badges">
                    {plan.isDemo && <DemoBadge />}
                    {plan.isDerived && (
                      <Badge tone="derived" title={t('derivedTargetHelp')}>
                        {t('derivedTarget')}
                      </Badge>
                    )}
                  </span>
                  {derivation && (
                    <span className="muted plan-derivation">
                      {t('plans.derivedFrom', {
                        claim: derivation.claim,
                        actual: formatNumber(derivation.actual, locale),
                      })}
                    </span>
                  )}
                </td>
                {canEdit && (
                  <td className="cell-actions">
                    {plan.isDemo ? null : confirming === plan.id ? (
                      <span className="plan-confirm">
                        {t('plans.confirmDelete')}{' '}
                        <button
                          type="button"
                          className="button button-small button-primary"
                          disabled={remove.isPending}
                          onClick={() =>
                            remove.mutate(plan.id, {
                              onSuccess: () => {
                                setConfirming(null);
                                onDeleted();
                              },
                            })
                          }
                        >
                          {t('plans.confirmYes')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          onClick={() => setConfirming(null)}
                        >
                          {t('cancel')}
                        </button>
                      </span>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('plans.editOf', { indicator: indicatorText, period: periodText })}
                          onClick={() => onEdit(plan)}
                        >
                          {t('plans.edit')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          aria-label={t('plans.deleteOf', { indicator: indicatorText, period: periodText })}
                          onClick={() => setConfirming(plan.id)}
                        >
                          {t('plans.delete')}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
