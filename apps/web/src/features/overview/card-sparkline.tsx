/**
 * A card's yearly values as a small line, the last point marked: "are we improving?" at a
 * glance. Demo points are drawn hollow; the values are said in the label for screen readers.
 */
import { formatIndicatorValue, type IndicatorUnit } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SparkPoint } from './card-trend.ts';
import { sparkPath } from './sparkline-path.ts';

const WIDTH = 96;
const HEIGHT = 28;

export function CardSparkline(props: {
  points: readonly SparkPoint[];
  unit: IndicatorUnit;
  name: string;
  /** Ranks: 1 is best, drawn at the top. */
  isReversed?: boolean;
}) {
  const { points, unit, name, isReversed = false } = props;
  const { t, locale } = useI18n();
  const shape = sparkPath(points, WIDTH, HEIGHT, isReversed);
  if (!shape) return null;
  const { first, last } = shape;
  const label = t('briefing.spark.label', {
    name,
    first: formatIndicatorValue(first.value, unit, locale),
    from: first.period,
    last: formatIndicatorValue(last.value, unit, locale),
    to: last.period,
  });
  return (
    <svg
      className="card-sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <path d={shape.d} fill="none" stroke="currentColor" strokeWidth={1.5} />
      {shape.dots.map((dot) => (
        <circle
          key={dot.period}
          cx={dot.x}
          cy={dot.y}
          r={dot.isLast ? 2.8 : 1.6}
          fill={dot.isDemo && !dot.isLast ? '#fff' : 'currentColor'}
          stroke="currentColor"
          strokeWidth={1}
        />
      ))}
    </svg>
  );
}
