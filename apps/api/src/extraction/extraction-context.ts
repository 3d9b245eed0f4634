/**
 * What the report extractor (@cds/core `extractFigures`) reads text against: the indicator
 * catalogue and the units of both vintages as the API holds them, and the words provinces use for
 * each indicator (`data/indicator-phrases.csv`, read once). Built once per catalogue and kept, so
 * that the extractor's compiled matchers (cached on these very arrays) are built once too.
 */
import { readFileSync } from 'node:fs';
import { type ExtractionContext, type IndicatorPhrase, parseIndicatorPhrases } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import { DATA_DIR } from '../seed/csv.ts';

let phrases: IndicatorPhrase[] | null = null;
const byCatalog = new WeakMap<Catalog, Omit<ExtractionContext, 'unitId' | 'period'>>();

export function extractionContext(catalog: Catalog): Omit<ExtractionContext, 'unitId' | 'period'> {
  phrases ??= parseIndicatorPhrases(readFileSync(`${DATA_DIR}indicator-phrases.csv`, 'utf8'));
  const known = byCatalog.get(catalog);
  if (known) return known;
  const context = {
    catalogue: catalog.indicators.map((i) => ({
      key: i.key,
      unit: i.unit,
      max: i.max,
      direction: i.direction,
    })),
    units: catalog.units.map((u) => ({
      id: u.id,
      vintage: u.vintage,
      code: u.code,
      nameVi: u.nameVi,
      predecessors: u.predecessorIds.map((id) => ({ id })),
      successor: u.successorId ? { id: u.successorId } : null,
    })),
    phrases,
  };
  byCatalog.set(catalog, context);
  return context;
}
