/**
 * A choropleth of today's 34 provinces, shaded from worst (light) to best (dark) in the
 * indicator's direction. Only the 34 have boundaries here; the table beside it is the
 * accessible and exact version of the same figures. Loaded lazily with its geometry.
 */
import { type Direction, formatIndicatorValue, type IndicatorUnit, mapShades } from '@cds/core';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from '../../../../../data/geo/vn-provinces-34.topo.json';
import { useI18n } from '../../i18n/use-i18n.ts';

interface Props {
  values: ReadonlyMap<string, { name: string; value: number | null; isDemo: boolean }>;
  direction: Direction;
  unit: IndicatorUnit;
}

// Hoàng Sa and Trường Sa widen the map to about a square.
const WIDTH = 520;
const HEIGHT = 540;
const topo = topology as unknown as Topology<{
  provinces: GeometryCollection<{ code: string; name_vi: string }>;
}>;
const provinces = feature(topo, topo.objects.provinces);
const projection = geoMercator().fitSize([WIDTH, HEIGHT], provinces);
const path = geoPath(projection);

/** Light sand to the accent red, so the best province stands out. */
function fill(shade: number | null): string {
  if (shade === null) return '#e9e6e2';
  const from = [250, 236, 214];
  const to = [179, 38, 30];
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * shade));
  return `rgb(${mix.join(',')})`;
}

export default function RankingMap({ values, direction, unit }: Props) {
  const { t, locale } = useI18n();
  const shades = mapShades(new Map([...values].map(([id, v]) => [id, v.value])), direction);
  return (
    <figure className="ranking-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('mapLabel')}>
        {provinces.features.map((f) => {
          const id = `v34-${f.properties.code}`;
          const entry = values.get(id);
          const label = `${entry?.name ?? f.properties.name_vi}: ${entry?.value == null ? t('status.no_data') : formatIndicatorValue(entry.value, unit, locale)}${entry?.isDemo ? ` (${t('demo')})` : ''}`;
          return (
            <path
              key={id}
              d={path(f) ?? ''}
              fill={fill(shades.get(id) ?? null)}
              stroke="#fff"
              strokeWidth={0.6}
              data-unit={id}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="muted">
        <span className="legend-swatch" style={{ background: fill(0) }} /> {t('mapWorst')}{' '}
        <span className="legend-swatch" style={{ background: fill(1) }} /> {t('mapBest')}{' '}
        <span className="legend-swatch" style={{ background: fill(null) }} /> {t('status.no_data')}
        <br />
        {t('mapCredit')}
      </figcaption>
    </figure>
  );
}
