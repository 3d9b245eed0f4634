/**
 * Keeps a year's demo ranks a permutation of the places the real ranks leave free, after a real
 * rank is published into a demo year: Kiên Giang's real 32/63 in the 2019 ICT Index takes place 32
 * from whichever demo province held it, and Kiên Giang's old demo place (45) goes to the next one.
 * The demo provinces keep their order among themselves (`seatAround` in core).
 *
 * Runs inside the transaction that publishes the figure, before the block is resolved again, so
 * the ranking never shows "32=" twice. A demo rank that moves gets a new version: an entry made
 * against its old value is refused as stale, like any figure that changed.
 */
import { placesLeft, seatAround } from '@cds/core';
import type { Db } from '../db/connection.ts';

/** The vintage prefix of a unit id ("v63-91" → "v63"): a ranking is among one vintage's units. */
const vintageOf = (unitId: string) => unitId.slice(0, 3);

export async function reseatDemoRanks(
  trx: Db,
  indicatorKey: string,
  period: string,
  now: string,
): Promise<number> {
  const indicator = await trx
    .selectFrom('indicator')
    .select('unit')
    .where('key', '=', indicatorKey)
    .executeTakeFirst();
  if (indicator?.unit !== 'rank') return 0;
  const rows = await trx
    .selectFrom('observation')
    .select(['id', 'unit_id', 'value', 'ranked_of', 'is_demo', 'version'])
    .where('indicator_key', '=', indicatorKey)
    .where('period', '=', period)
    .where('value', 'is not', null)
    .execute();
  let moved = 0;
  for (const vintage of new Set(rows.filter((r) => r.is_demo === 1).map((r) => vintageOf(r.unit_id)))) {
    const field = rows.filter((r) => vintageOf(r.unit_id) === vintage);
    const demo = field
      .filter((r) => r.is_demo === 1)
      .sort((a, b) => (a.value as number) - (b.value as number) || a.unit_id.localeCompare(b.unit_id));
    const realRanks = field.filter((r) => r.is_demo === 0).map((r) => r.value as number);
    if (realRanks.length === 0) continue;
    const of = Math.max(field.length, ...demo.map((r) => r.ranked_of ?? 0));
    // Real ranks that leave too few places (ties beyond N, a mistyped rank) are not the demo's to fix.
    if (placesLeft(realRanks, of).length < demo.length) continue;
    for (const { item, rank } of seatAround(demo, realRanks, of)) {
      if (item.value === rank) continue;
      await trx
        .updateTable('observation')
        .set({ value: rank, version: item.version + 1, updated_at: now })
        .where('id', '=', item.id)
        .where('is_demo', '=', 1)
        .execute();
      moved++;
    }
  }
  return moved;
}
