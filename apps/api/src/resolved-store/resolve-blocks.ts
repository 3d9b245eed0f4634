/**
 * Keeps the resolved-figures store exact: a block (indicator × year) is resolved again, with the
 * rules of @cds/core, in the same transaction as any write that changes one of its figures; the
 * whole store is built in bulk after seeding or an import; `verifyStore` recomputes every block
 * and lists what differs (`pnpm db:verify`).
 */
import {
  type BlockFigure,
  type Period,
  periodsAffectedBy,
  type ResolvedBlock,
  resolveBlock,
} from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import { type CellIndex, loadCells } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import {
  allBuiltBlocks,
  blocksWithFigures,
  builtBlocks,
  lockBlock,
  readBlock,
  writeBlock,
} from './resolved-store.repository.ts';

function computeBlock(
  catalog: Catalog,
  cells: CellIndex,
  indicatorKey: string,
  year: number,
): ResolvedBlock | null {
  const indicator = catalog.indicator(indicatorKey);
  if (!indicator) return null;
  return resolveBlock(resolveContext(catalog, cells, indicator), year);
}

/**
 * Resolves again, from the approved figures, what a change to one figure can alter: the periods of
 * its block that contain the figure's period, for every unit (ranks and restatements move). Inside
 * the caller's transaction, after the write. A block never built (the first figure of its year) is
 * built whole.
 */
export async function refreshBlock(
  trx: Db,
  catalog: Catalog,
  indicatorKey: string,
  changed: Period,
  now: string,
): Promise<void> {
  const indicator = catalog.indicator(indicatorKey);
  if (!indicator) return;
  await lockBlock(trx, indicatorKey, changed.year);
  const isBuilt = (await builtBlocks(trx, [changed.year])).has(`${indicatorKey}|${changed.year}`);
  const cells = await loadCells(trx, { indicatorKeys: [indicatorKey], years: [changed.year] });
  const ctx = resolveContext(catalog, cells, indicator);
  if (!isBuilt) {
    await writeBlock(trx, resolveBlock(ctx, changed.year), now);
    return;
  }
  const periods = periodsAffectedBy(changed);
  await writeBlock(
    trx,
    resolveBlock(ctx, changed.year, periods),
    now,
    periods.map((p) => p.key),
  );
}

/** Builds every block that holds figures, one year per transaction; returns how many figures it wrote. */
export async function buildStore(
  db: Db,
  catalog: Catalog,
  now: string,
): Promise<{ blocks: number; figures: number }> {
  const wanted = await blocksWithFigures(db);
  const years = [...new Set(wanted.map((b) => b.year))];
  let figures = 0;
  for (const year of years) {
    const cells = await loadCells(db, { years: [year] });
    const blocks = wanted
      .filter((b) => b.year === year)
      .map((b) => computeBlock(catalog, cells, b.indicatorKey, year))
      .filter((b): b is ResolvedBlock => b !== null);
    await db.transaction().execute(async (trx) => {
      for (const block of blocks) await writeBlock(trx, block, now);
    });
    figures += blocks.reduce((n, b) => n + b.figures.length, 0);
    // Between years, let a waiting request through.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { blocks: wanted.length, figures };
}

/** Whether the store has not been built yet while figures exist (a database from before the store). */
export async function isStoreMissing(db: Db): Promise<boolean> {
  const [built, wanted] = await Promise.all([allBuiltBlocks(db), blocksWithFigures(db)]);
  const have = new Set(built.map((b) => `${b.indicatorKey}|${b.year}`));
  return wanted.some((b) => !have.has(`${b.indicatorKey}|${b.year}`));
}

export interface StoreDifference {
  indicatorKey: string;
  year: number;
  what: string;
}

const rowKey = (f: { unitId: string; period: string; view: string }) => `${f.unitId}|${f.period}|${f.view}`;

/** A figure as the store keeps it, its fields in one order, so two can be compared as text. */
function canonical(f: BlockFigure): string {
  const r = f.figure;
  return JSON.stringify([
    r.value,
    r.numerator,
    r.denominator,
    r.basis,
    r.isComplete,
    r.isDemo,
    r.isPartlyDemo,
    r.qualifier,
    r.rankedOf,
    r.isDerived,
    r.parts,
    r.missing,
    r.sourceRefs,
    f.rank,
    f.isTied,
    f.isRanked,
  ]);
}

/** Compares a stored block with a fresh computation; an empty list when they agree exactly. */
export function compareBlock(
  fresh: ResolvedBlock,
  stored: Awaited<ReturnType<typeof readBlock>>,
): StoreDifference[] {
  const { indicatorKey, year } = fresh;
  const differences: StoreDifference[] = [];
  const storedFigures = new Map(stored.figures.map((f) => [rowKey(f), f]));
  for (const f of fresh.figures) {
    const s = storedFigures.get(rowKey(f));
    storedFigures.delete(rowKey(f));
    const expected = canonical(f);
    const actual = s ? canonical(s) : 'missing';
    if (expected !== actual)
      differences.push({
        indicatorKey,
        year,
        what: `${rowKey(f)}: stored ${actual}, resolves to ${expected}`,
      });
  }
  for (const key of storedFigures.keys())
    differences.push({ indicatorKey, year, what: `${key}: stored, resolves to nothing` });
  const storedRankings = new Map(stored.rankings.map((r) => [`${r.period}|${r.view}`, r]));
  for (const r of fresh.rankings) {
    const s = storedRankings.get(`${r.period}|${r.view}`);
    storedRankings.delete(`${r.period}|${r.view}`);
    const { indicatorKey: _key, ...actual } = s ?? { indicatorKey };
    if (JSON.stringify(r) !== JSON.stringify(s ? actual : null)) {
      differences.push({
        indicatorKey,
        year,
        what: `ranking ${r.period} ${r.view}: stored ${JSON.stringify(s ? actual : null)}, resolves to ${JSON.stringify(r)}`,
      });
    }
  }
  for (const key of storedRankings.keys())
    differences.push({ indicatorKey, year, what: `ranking ${key}: stored, resolves to nothing` });
  return differences;
}

/** Recomputes every block (built or wanted) and lists the differences with what is stored. */
export async function verifyStore(
  db: Db,
  catalog: Catalog,
): Promise<{ blocks: number; differences: StoreDifference[] }> {
  const wanted = await blocksWithFigures(db);
  const built = await allBuiltBlocks(db);
  const all = new Map([...wanted, ...built].map((b) => [`${b.indicatorKey}|${b.year}`, b]));
  const differences: StoreDifference[] = [];
  const years = [...new Set([...all.values()].map((b) => b.year))];
  for (const year of years) {
    const cells = await loadCells(db, { years: [year] });
    for (const b of [...all.values()].filter((x) => x.year === year)) {
      const fresh = computeBlock(catalog, cells, b.indicatorKey, year);
      if (!fresh) continue;
      differences.push(...compareBlock(fresh, await readBlock(db, b.indicatorKey, year)));
    }
  }
  return { blocks: all.size, differences };
}
