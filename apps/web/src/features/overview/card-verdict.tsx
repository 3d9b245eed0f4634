/**
 * A card's verdict against its plan: the bar, the verdict with its horizon and "tạm tính" in a
 * period not over (the shared `verdictText`), marked when a bound leaves it open, the gap (in
 * points for a percentage), whether the plan was taken pro rata or on the trajectory, and the plan
 * itself — saying so when a real figure is judged against a demo plan.
 */
import { formatIndicatorValue, type ProgressStatus } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { VsDemoNote } from '../../shared/badges.tsx';
import { verdictText } from '../../shared/figure-wording.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { planGapText } from './card-wording.ts';
import type { SummaryItem } from './overview-queries.ts';

const VERDICTS: readonly ProgressStatus[] = ['achieved', 'close', 'behind'];

interface Props {
  item: SummaryItem;
  indicator: IndicatorView;
}

export function CardVerdict({ item, indicator }: Props) {
  const { t, locale } = useI18n();
  const { progress, target, coverage } = item;
  const status = verdictText(progress, item.horizon, locale, t);
  // No bar without a ratio (no plan, or no data): an empty bar would read as nothing achieved.
  const barWidth = progress.ratio === null ? 0 : Math.min(100, progress.ratio * 100);
  const gap = planGapText(progress, indicator.unit, locale, t);
  const isProRata = progress.basis === 'pro_rata' && coverage !== null;
  const isTrajectory = progress.basis === 'trajectory' && coverage !== null;
  // Not over: no verdict, so the gap is a plain fact about the plan, said beside it.
  const isNotOver = progress.status === 'not_over';
  // A bound leaves a verdict open; where there is no verdict there is nothing to mark.
  const isUncertain = !progress.isCertain && VERDICTS.includes(progress.status);
  return (
    <>
      {progress.ratio !== null && (
        <div
          className="progress"
          role="progressbar"
          aria-label={isUncertain ? `${status} (${t('uncertain')})` : status}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(barWidth)}
        >
          <span style={{ width: `${barWidth}%` }} />
        </div>
      )}
      <p className="card-target card-verdict">
        <span className={`status-dot status-${progress.status}`} aria-hidden="true" />
        <strong>{status}</strong>
        {isUncertain && (
          <abbr className="uncertain-mark" title={t('uncertain')}>
            ?
          </abbr>
        )}
        {isNotOver && <span className="muted">: {t('notOverHelp')}</span>}
        {progress.status === 'incomplete' && <span className="muted">: {t('incompleteStatusHelp')}</span>}
        {gap !== null && target && !isNotOver && (
          <span className="card-gap">
            {' · '}
            <span className="nowrap">{gap}</span> {t('abovePlan')}
          </span>
        )}
        {isProRata && (
          <span className="basis-note" title={t('proRataHelp')}>
            {t('proRata', { n: coverage.months, of: coverage.of })}
          </span>
        )}
        {isTrajectory && (
          <span className="basis-note" title={t('trajectoryHelp')}>
            {t('trajectory', { n: coverage.months, of: coverage.of })}
          </span>
        )}
      </p>
      {target && (
        <p className="card-target card-plan muted">
          {target.scope === 'national' ? t('nationalTarget') : t('target')}:{' '}
          {formatIndicatorValue(target.value, indicator.unit, locale)}
          {(isProRata || isTrajectory) && progress.comparedTarget !== null && (
            <>
              {' '}
              (
              {t(isTrajectory ? 'trajectoryTarget' : 'proRataTarget', {
                value: formatIndicatorValue(progress.comparedTarget, indicator.unit, locale),
              })}
              )
            </>
          )}
          {isNotOver && gap !== null && <span className="card-gap nowrap"> · {gap}</span>}
          {target.isDerived && (
            <span
              className="badge badge-derived"
              title={`${t('derivedTargetHelp')}: ${target.derivation ?? ''}`}
            >
              {t('derivedTarget')}
            </span>
          )}
          {item.isPlanDemoForRealFigure && (
            <VsDemoNote title={t('vsDemoPlanHelp')}>{t('vsDemoPlan')}</VsDemoNote>
          )}
        </p>
      )}
    </>
  );
}
