/**
 * A choropleth of the ranking's provinces, in the ranking's vintage (the 63 before 1 July 2025,
 * the 34 after): quantile classes from `classBreaks` in ColorBrewer's YlGnBu (colour-blind safe),
 * the better the darker in the indicator's direction, no figure hatched. Each province is a link:
 * reachable by Tab, opened by Enter or a click; hover or focus shows value, plan and rank.
 * The table beside it is the exact version. Loaded lazily with its geometry.
 */
import { type ClassBreaks, formatIndicatorValue, type IndicatorUnit } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { LoadingState } from '../../shared/query-states.tsx';
import { loadProvinceShapes, MAP_HEIGHT, MAP_WIDTH } from './map-geometry.ts';
import type { RankingRow } from './national-picture-queries.ts';

interface Props {
  vintage: 34 | 63;
  rows: readonly RankingRow[];
  classes: ClassBreaks;
  unit: IndicatorUnit;
  /** The N after a rank ("21/63"). */
  rankOf: number;
  nationalTarget: number | null;
  /** The province named in the address (`tinh`), outlined. */
  selectedUnitId: string | null;
  onOpen: (unitId: string) => void;
}

/** Light to dark for k classes (YlGnBu has 3 to 9; fewer take its ends). */
export function classColours(k: number): readonly string[] {
  if (k <= 0) return [];
  const scheme = schemeYlGnBu[Math.max(3, Math.min(9, k))] as readonly string[];
  if (k === 1) return [scheme[scheme.length - 1] as string];
  if (k === 2) return [scheme[0] as string, scheme[2] as string];
  return scheme;
}

const HATCH = 'url(#np-no-data)';

export default function ProvinceMap({
  vintage,
  rows,
  classes,
  unit,
  rankOf,
  nationalTarget,
  selectedUnitId,
  onOpen,
}: Props) {
  const { t, locale, name } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const shapes = useQuery({
    queryKey: ['province-shapes', vintage],
    queryFn: () => loadProvinceShapes(vintage),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const byUnit = new Map(rows.map((r) => [r.unit.id, r]));
  const colours = classColours(classes.classes.length);
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  const fill = (value: number | null) => {
    const c = classes.classOf(value);
    return c === null ? HATCH : (colours[c] ?? HATCH);
  };
  if (shapes.isPending) return <LoadingState label={t('national.mapLoading')} />;
  if (shapes.isError) return null;
  const activeShape = shapes.data.find((s) => s.unitId === active);
  const activeRow = active ? byUnit.get(active) : undefined;
  const outlined = activeShape ?? shapes.data.find((s) => s.unitId === selectedUnitId);
  const plan = activeRow?.target?.value ?? nationalTarget;
  return (
    <figure className="np-map">
      <figcaption>
        <h2>
          {t('national.map')}{' '}
          <span className="muted">· {t(vintage === 63 ? 'national.map63' : 'national.map34')}</span>
        </h2>
      </figcaption>
      <div className="np-map-frame">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          aria-label={t('national.mapLabel', { n: shapes.data.length })}
        >
          <defs>
            <pattern
              id="np-no-data"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#f1efec" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#a29b94" strokeWidth="1.5" />
            </pattern>
          </defs>
          {shapes.data.map((shape) => {
            const row = byUnit.get(shape.unitId);
            const label = t('national.provinceLabel', {
              name: row ? name(row.unit) : shape.nameVi,
              value: row?.value == null ? t('national.noData') : fmt(row.value),
              rank: row?.rank == null ? '—' : `${row.rank}${row.isTied ? '=' : ''}/${rankOf}`,
            });
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be an <a> with an href the router handles
              <path
                key={shape.unitId}
                d={shape.d}
                fill={fill(row?.value ?? null)}
                className="np-province"
                data-unit={shape.unitId}
                role="link"
                tabIndex={0}
                aria-label={label}
                onClick={() => onOpen(shape.unitId)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(shape.unitId);
                }}
                onMouseEnter={() => setActive(shape.unitId)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(shape.unitId)}
                onBlur={() => setActive(null)}
              />
            );
          })}
          {/* On top of its neighbours, so the whole outline shows: the province hovered, focused or chosen. */}
          {outlined && <path d={outlined.d} className="np-province-outline" />}
        </svg>
        {activeShape && (
          <div
            // Above the province, or below it in the north where above would cover the heading.
            className={`np-map-tip${activeShape.centroid[1] < MAP_HEIGHT * 0.3 ? ' is-below' : ''}`}
            role="status"
            style={{
              left: `${(activeShape.centroid[0] / MAP_WIDTH) * 100}%`,
              top: `${(activeShape.centroid[1] / MAP_HEIGHT) * 100}%`,
            }}
          >
            <strong>{activeRow ? name(activeRow.unit) : activeShape.nameVi}</strong>
            <dl>
              <dt>{t('national.tipValue')}</dt>
              <dd>{activeRow?.value == null ? t('national.noData') : fmt(activeRow.value)}</dd>
              <dt>{t('national.tipPlan')}</dt>
              <dd>
                {plan == null
                  ? t('noTarget')
                  : `${fmt(plan)} (${t(activeRow?.target && activeRow.target.chosenAs !== 'national' ? 'national.planOwn' : 'national.planNational')})`}
              </dd>
              <dt>{t('national.tipRank')}</dt>
              <dd>
                {activeRow?.rank == null ? '—' : `${activeRow.rank}${activeRow.isTied ? '=' : ''}/${rankOf}`}
              </dd>
            </dl>
          </div>
        )}
      </div>
      <MapLegend classes={classes} colours={colours} fmt={fmt} />
      <p className="np-credit muted">{t(vintage === 63 ? 'national.credit63' : 'national.credit34')}</p>
    </figure>
  );
}

function MapLegend({
  classes,
  colours,
  fmt,
}: {
  classes: ClassBreaks;
  colours: readonly string[];
  fmt: (v: number) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="np-map-legend">
      <p className="np-legend-title muted">{t('national.mapLegend')}</p>
      <ol>
        {classes.classes.map((c) => (
          <li key={c.index}>
            <span className="np-swatch" style={{ background: colours[c.index] }} />
            <span>{c.min === c.max ? fmt(c.min) : `${fmt(c.min)}–${fmt(c.max)}`}</span>
            <span className="muted">{t('national.provinces', { n: c.count })}</span>
          </li>
        ))}
      </ol>
      <p className="np-legend-ends muted" aria-hidden="true">
        <span>{t('national.worse')}</span>
        <span>{t('national.better')}</span>
      </p>
      <p className="np-legend-none">
        <svg width="14" height="14" aria-hidden="true">
          <rect width="14" height="14" fill={HATCH} stroke="#a29b94" />
        </svg>{' '}
        {t('national.noData')}
      </p>
    </div>
  );
}
