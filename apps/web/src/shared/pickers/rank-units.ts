/**
 * The provinces a picker offers for what was typed, best first (core's `searchScore`): the whole
 * name, then its start, then a later word, then every word in any order; a province found by a
 * former province's name ("bac kan" finds Thái Nguyên) after those; on a tie, today's province
 * (of the 34) before a former one, then the list's own order. Nothing typed: the list as it is.
 */
import { searchScore } from '@cds/core';
import type { UnitView } from '../reference/reference-queries.ts';

/** Found only through a former province's name. */
const BY_FORMER_NAME = 4;

type Rankable = Pick<UnitView, 'nameVi' | 'nameEn' | 'vintage'> & {
  predecessors: readonly Pick<UnitView, 'nameVi'>[];
};

export function rankUnits<U extends Rankable>(units: readonly U[], query: string): U[] {
  if (!query.trim()) return [...units];
  const scored = units.flatMap((unit, order) => {
    const own = [searchScore(unit.nameVi, query), searchScore(unit.nameEn, query)].filter(
      (s): s is number => s !== null,
    );
    const score = own.length > 0 ? Math.min(...own) : null;
    const former = unit.predecessors.some((p) => searchScore(p.nameVi, query) !== null);
    if (score === null && !former) return [];
    return [{ unit, order, score: score ?? BY_FORMER_NAME }];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.unit.vintage - b.unit.vintage || a.order - b.order)
    .map((s) => s.unit);
}
