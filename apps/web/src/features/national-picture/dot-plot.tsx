/**
 * Every province with a figure as one dot, in rank order (best at the top, ties on one line's
 * value and one rank label), on an axis drawn worse → better from left to right: for a rank,
 * rank 1 is at the right end and its stem the longest. The national plan is a dashed line, the
 * national value a solid one. The axis says where it starts when not at 0 (`dotPlotScale`).
 */
import {
  type DotPlotScale,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  type IndicatorUnit,
  unitLabel,
} from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { RankingRow } from './national-picture-queries.ts';

interface Props {
  rows: readonly RankingRow[];
  scale: DotPlotScale;
  unit: IndicatorUnit;
  plan: number | null;
  national: number | null;
  /** Demo points are hollow only when the page mixes demo and real figures. */
  isMixed: boolean;
  selectedUnitId: string | null;
}

const WIDTH = 560;
const LABEL = 170;
const RIGHT = 24;
const ROW = 15;
const TOP = 34;
const BOTTOM = 30;

export function DotPlot({ rows, scale, unit, plan, national, isMixed, selectedUnitId }: Props) {
  const { t, locale, name } = useI18n();
  // A withheld ranking (too few provinces) still draws its figures, without rank numbers.
  const drawn = rows.filter((r) => r.value !== null);
  const height = TOP + drawn.length * ROW + BOTTOM;
  const [lo, hi] = scale.domain;
  const left = LABEL;
  const right = WIDTH - RIGHT;
  const x = (v: number) => {
    const share = (v - lo) / (hi - lo || 1);
    return scale.isReversed ? right - share * (right - left) : left + share * (right - left);
  };
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  // Ticks without the unit, which the caption names once: "160.000", not "160.000 tỷ đồng".
  const tick = (v: number) => (unit === 'percent' ? formatPercent(v, locale, 0) : formatNumber(v, locale, 1));
  const axisUnit = unit === 'percent' ? '' : unitLabel(unit, locale);
  // Stems only when their length means something: an axis from 0, or a rank from the last one.
  const hasStems = scale.floor === null;
  const worstEnd = scale.isReversed ? hi : lo;
  const bottom = TOP + drawn.length * ROW;
  // A line's label leans inwards near either end of the axis, so it is never cut off.
  const anchor = (at: number) => (at > right - 70 ? 'end' : at < left + 70 ? 'start' : 'middle');
  return (
    <figure className="np-dot-plot">
      <figcaption>
        <h2>{t('national.dotPlot')}</h2>
        <p className="muted">
          {unit === 'rank'
            ? t('national.axisRank')
            : [
                axisUnit && t('national.axisUnit', { unit: axisUnit }),
                scale.floor !== null && t('national.axisFrom', { value: fmt(scale.floor) }),
              ]
                .filter(Boolean)
                .join(' · ')}
        </p>
      </figcaption>
      {/* On a phone the plot keeps its width (and its labels their size) and scrolls sideways; the
          box takes the keyboard's focus so that it can be scrolled without a mouse. */}
      <section
        className="np-plot-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        aria-label={t('national.dotPlotLabel', { n: drawn.length })}
      >
        <p
          className="np-axis-ends muted"
          aria-hidden="true"
          style={{ marginLeft: `${(LABEL / WIDTH) * 100}%` }}
        >
          <span>{t('national.worse')}</span>
          <span>{t('national.better')}</span>
        </p>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={t('national.dotPlotLabel', { n: drawn.length })}
        >
          {scale.ticks.map((value) => (
            <g key={value} className="np-tick">
              <line x1={x(value)} x2={x(value)} y1={TOP - 6} y2={bottom} />
              <text x={x(value)} y={TOP - 10} textAnchor="middle">
                {tick(value)}
              </text>
              <text x={x(value)} y={bottom + 14} textAnchor="middle">
                {tick(value)}
              </text>
            </g>
          ))}
          {drawn.map((row, i) => {
            const y = TOP + i * ROW + ROW / 2;
            const cx = x(row.value as number);
            const isDemoPoint = isMixed && row.isDemo;
            const isSelected = row.unit.id === selectedUnitId;
            return (
              <g
                key={row.unit.id}
                className={`np-dot-row${isSelected ? ' is-selected' : ''}`}
                data-unit={row.unit.id}
                data-rank={row.rank ?? undefined}
              >
                <text x={LABEL - 8} y={y + 4} textAnchor="end" className="np-dot-label">
                  {row.rank}
                  {row.isTied ? '=' : ''} {name(row.unit)}
                </text>
                {hasStems && <line className="np-stem" x1={x(worstEnd)} x2={cx} y1={y} y2={y} />}
                <circle
                  className={isDemoPoint ? 'np-dot is-demo' : 'np-dot'}
                  cx={cx}
                  cy={y}
                  r={isDemoPoint ? 3.5 : 4.5}
                >
                  <title>{`${name(row.unit)}: ${fmt(row.value as number)}`}</title>
                </circle>
              </g>
            );
          })}
          {plan !== null && (
            <g className="np-plan-line">
              <line x1={x(plan)} x2={x(plan)} y1={TOP - 4} y2={bottom + 2} />
              <text x={x(plan)} y={bottom + 26} textAnchor={anchor(x(plan))}>
                {t('national.nationalTarget')} {fmt(plan)}
              </text>
            </g>
          )}
          {national !== null && (
            <g className="np-national-line">
              <line x1={x(national)} x2={x(national)} y1={TOP - 4} y2={bottom + 2} />
              <text x={x(national)} y={TOP - 22} textAnchor={anchor(x(national))}>
                {t('national.nationalValue')} {fmt(national)}
              </text>
            </g>
          )}
        </svg>
      </section>
      {(plan !== null || national !== null || isMixed) && (
        <ul className="np-dot-legend muted">
          {plan !== null && (
            <li>
              <svg width="22" height="10" aria-hidden="true" className="np-plan-line">
                <line x1="0" x2="22" y1="5" y2="5" />
              </svg>{' '}
              {t('national.nationalTarget')} {fmt(plan)}
            </li>
          )}
          {national !== null && (
            <li>
              <svg width="22" height="10" aria-hidden="true" className="np-national-line">
                <line x1="0" x2="22" y1="5" y2="5" />
              </svg>{' '}
              {t('national.nationalValue')} {fmt(national)}
            </li>
          )}
          {isMixed && (
            <li>
              <svg width="12" height="12" aria-hidden="true">
                <circle className="np-dot is-demo" cx="6" cy="6" r="3.5" />
              </svg>{' '}
              {t('national.demoPoint')}
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}
