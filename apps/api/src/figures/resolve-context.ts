/** Binds the pure resolution rules of @cds/core to the catalogue and loaded cells. */
import type { Indicator, ResolveContext } from '@cds/core';
import type { Catalog } from './catalog.ts';
import { type CellIndex, cellsOf } from './cells.repository.ts';

export function resolveContext(catalog: Catalog, cells: CellIndex, indicator: Indicator): ResolveContext {
  return {
    indicator,
    unit: (id) => catalog.unit(id),
    cellsOf: (unitId) => cellsOf(cells, indicator.key, unitId),
  };
}
