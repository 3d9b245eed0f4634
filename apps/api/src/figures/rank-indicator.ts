/** Ranks the provinces of a period on one indicator (the rules are `rankIndicator` in core). */
import {
  type Indicator,
  type IndicatorRanking,
  type Period,
  rankIndicator as rank,
  type View,
} from '@cds/core';
import type { Catalog, CatalogUnit } from './catalog.ts';
import type { CellIndex } from './cells.repository.ts';
import { resolveContext } from './resolve-context.ts';

export type { IndicatorRanking, RankedUnit } from '@cds/core';

export function rankIndicator(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  period: Period,
  view: View,
): IndicatorRanking<CatalogUnit> {
  return rank(resolveContext(catalog, cells, indicator), period, view);
}
