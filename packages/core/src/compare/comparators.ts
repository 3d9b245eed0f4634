/**
 * Provinces worth comparing with one: the others of its region, those ranked close to it on the
 * chosen indicator, and the provinces it merged with (or, for a former province, its partners in
 * the merger), each list without the province itself; the national value is always offered too.
 */
export interface ComparableUnit {
  id: string;
  regionCode: string | null;
  /** For a province of the 34: the former provinces it was formed from. */
  predecessorIds: readonly string[];
  /** For a former province: the province of the 34 it became part of. */
  successorId: string | null;
}

export interface Suggestions {
  sameRegion: string[];
  similarRank: string[];
  mergedPartners: string[];
}

/** How many places either side count as "similar rank". */
export const RANK_NEIGHBOURS = 2;

export function suggestComparators(
  unitId: string,
  units: readonly ComparableUnit[],
  ranks: readonly { unitId: string; rank: number | null }[],
): Suggestions {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return { sameRegion: [], similarRank: [], mergedPartners: [] };
  const sameRegion = unit.regionCode
    ? units.filter((u) => u.id !== unitId && u.regionCode === unit.regionCode).map((u) => u.id)
    : [];
  const own = ranks.find((r) => r.unitId === unitId)?.rank ?? null;
  const similarRank =
    own === null
      ? []
      : ranks
          .filter((r) => r.unitId !== unitId && r.rank !== null && Math.abs(r.rank - own) <= RANK_NEIGHBOURS)
          .sort(
            (a, b) =>
              Math.abs((a.rank as number) - own) - Math.abs((b.rank as number) - own) ||
              (a.rank as number) - (b.rank as number),
          )
          .map((r) => r.unitId);
  const mergedPartners =
    unit.predecessorIds.length > 0
      ? [...unit.predecessorIds]
      : unit.successorId
        ? units.filter((u) => u.id !== unitId && u.successorId === unit.successorId).map((u) => u.id)
        : [];
  return { sameRegion, similarRank, mergedPartners };
}
