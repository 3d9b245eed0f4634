/** Binds the pure resolution and ranking rules of @cds/core to the catalogue and loaded cells. */
import type { Indicator, RankingContext } from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import { type CellIndex, cellsOf } from './cells.repository.ts';

export function resolveContext(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
): RankingContext<CatalogUnit> {
  return {
    indicator,
    unit: (id) => catalog.unit(id),
    unitsOf: (vintage) => catalog.unitsOf(vintage),
    cellsOf: (unitId) => cellsOf(cells, indicator.key, unitId),
  };
}
