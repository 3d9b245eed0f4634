/** Fills an empty database on first start: reference data always, the demo dataset unless turned off. */

import { vietnamMonthBefore } from '@cds/core';
import { readCatalog } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { buildStore } from '../resolved-store/resolve-blocks.ts';
import { loadDemoData } from './demo/generate-demo.ts';
import { loadReference } from './load-reference.ts';

export interface SeedOptions {
  withDemo: boolean;
  /** ISO timestamp recorded on seeded rows. */
  now: string;
  /** Last month the demo has figures for (default: the month before `now`'s, in Vietnam). */
  demoLastMonth?: string;
}

export interface SeedResult {
  seeded: boolean;
  demoObservations: number;
  demoTargets: number;
  /** Figures written to the resolved-figures store. */
  resolvedFigures: number;
}

export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<SeedResult> {
  const existing = await db.selectFrom('unit').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, demoObservations: 0, demoTargets: 0, resolvedFigures: 0 };
  await loadReference(db, options.now);
  const demo = options.withDemo
    ? await loadDemoData(db, {
        firstYear: 2019,
        lastMonth: options.demoLastMonth ?? vietnamMonthBefore(options.now),
        now: options.now,
      })
    : { observations: 0, targets: 0 };
  // Every view reads the store: fill it once, in bulk, for everything just loaded.
  const store = await buildStore(db, await readCatalog(db), options.now);
  return {
    seeded: true,
    demoObservations: demo.observations,
    demoTargets: demo.targets,
    resolvedFigures: store.figures,
  };
}
