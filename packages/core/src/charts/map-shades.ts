/**
 * How dark each province is drawn on a choropleth: 0 for the worst value, 1 for the
 * best, respecting the indicator's direction; null where there is no value (drawn as
 * "no data", never as the worst).
 */
import type { Direction } from '../progress/progress.ts';

export function mapShades(
  values: ReadonlyMap<string, number | null>,
  direction: Direction,
): Map<string, number | null> {
  const known = [...values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(...known);
  const max = Math.max(...known);
  const shades = new Map<string, number | null>();
  for (const [id, value] of values) {
    if (value === null || !Number.isFinite(value)) shades.set(id, null);
    else if (max === min) shades.set(id, 1);
    else {
      const t = (value - min) / (max - min);
      shades.set(id, direction === 'higher' ? t : 1 - t);
    }
  }
  return shades;
}
