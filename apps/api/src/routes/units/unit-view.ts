/** How a unit travels over the API: with its vintage, lineage and kind on a date. */
import type { Catalog, CatalogUnit } from '../../catalog/catalog.ts';
import { kindOn } from '../../catalog/catalog.ts';

export interface UnitRef {
  id: string;
  vintage: number;
  code: string;
  nameVi: string;
  nameEn: string;
}

export function unitRef(unit: CatalogUnit): UnitRef {
  return { id: unit.id, vintage: unit.vintage, code: unit.code, nameVi: unit.nameVi, nameEn: unit.nameEn };
}

export function unitView(catalog: Catalog, unit: CatalogUnit, onDate: string) {
  const successor = unit.successorId ? catalog.unit(unit.successorId) : undefined;
  return {
    ...unitRef(unit),
    kind: kindOn(unit, onDate),
    kindChanges: unit.kindChanges,
    regionCode: unit.regionCode,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    predecessors: unit.predecessorIds.map((id) => {
      const p = catalog.unit(id) as CatalogUnit;
      return { ...unitRef(p), isNameKept: p.isNameKept, isSeat: p.isSeat };
    }),
    successor: successor ? unitRef(successor) : null,
  };
}
