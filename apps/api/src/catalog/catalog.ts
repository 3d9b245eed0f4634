/**
 * The reference catalogue every read needs: indicators, units of both vintages and
 * their lineage. Small (a hundred units, thirty indicators) and rarely changed, so it
 * is read once per app and kept; `invalidate()` drops it after an admin edit.
 */
import type { Indicator, LineageUnit, Vintage } from '@cds/core';
import type { Db } from '../db/connection.ts';

export interface CatalogUnit extends LineageUnit {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: string;
  readonly kindChanges: readonly { kind: string; effectiveDate: string; source: string }[];
  readonly regionCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  /** For a 63-vintage unit: the 34-vintage unit it became part of. */
  readonly successorId: string | null;
  readonly isNameKept: boolean;
  readonly isSeat: boolean;
}

export interface Catalog {
  readonly indicators: readonly Indicator[];
  readonly indicator: (key: string) => Indicator | undefined;
  readonly units: readonly CatalogUnit[];
  readonly unit: (id: string) => CatalogUnit | undefined;
  readonly unitsOf: (vintage: Vintage) => readonly CatalogUnit[];
  readonly regions: readonly { code: string; nameVi: string; nameEn: string }[];
}

export async function readCatalog(db: Db): Promise<Catalog> {
  const [indicatorRows, unitRows, lineage, kindChanges, regions] = await Promise.all([
    db.selectFrom('indicator').selectAll().orderBy('position').execute(),
    db.selectFrom('unit').selectAll().orderBy('vintage', 'desc').orderBy('position').execute(),
    db.selectFrom('unit_lineage').selectAll().execute(),
    db.selectFrom('unit_kind_change').selectAll().orderBy('effective_date').execute(),
    db.selectFrom('region').selectAll().execute(),
  ]);
  const indicators: Indicator[] = indicatorRows.map((r) => ({
    key: r.key,
    family: r.family as Indicator['family'],
    nameVi: r.name_vi,
    nameEn: r.name_en,
    unit: r.unit as Indicator['unit'],
    direction: r.direction as Indicator['direction'],
    overTime: r.over_time as Indicator['overTime'],
    acrossUnits: r.across_units as Indicator['acrossUnits'],
    validFrom: r.valid_from,
    max: r.max_value,
    validTo: r.valid_to,
    note: r.note,
  }));
  const units: CatalogUnit[] = unitRows.map((u) => {
    const asPredecessor = lineage.find((l) => l.predecessor_id === u.id);
    return {
      id: u.id,
      vintage: u.vintage as Vintage,
      code: u.code,
      nameVi: u.name_vi,
      nameEn: u.name_en,
      kind: u.kind,
      kindChanges: kindChanges
        .filter((k) => k.unit_id === u.id)
        .map((k) => ({ kind: k.kind, effectiveDate: k.effective_date, source: k.source })),
      regionCode: u.region_code,
      validFrom: u.valid_from,
      validTo: u.valid_to,
      // Name-kept predecessor first, as Resolution 202 lists them.
      predecessorIds: lineage
        .filter((l) => l.successor_id === u.id)
        .sort((a, b) => b.is_name_kept - a.is_name_kept)
        .map((l) => l.predecessor_id),
      successorId: asPredecessor?.successor_id ?? null,
      isNameKept: asPredecessor?.is_name_kept === 1,
      isSeat: asPredecessor?.is_seat === 1,
    };
  });
  // A province of the 34 belongs to the region of the province whose name it kept (a few mergers
  // crossed regions: Gia Lai took in Bình Định, Đắk Lắk Phú Yên).
  const regionOf = new Map(units.map((u) => [u.id, u.regionCode]));
  for (const [i, u] of units.entries()) {
    const kept = u.predecessorIds[0];
    if (u.regionCode === null && kept) units[i] = { ...u, regionCode: regionOf.get(kept) ?? null };
  }
  const indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  return {
    indicators,
    indicator: (key) => indicatorByKey.get(key),
    units,
    unit: (id) => unitById.get(id),
    unitsOf: (vintage) => units.filter((u) => u.vintage === vintage),
    regions: regions.map((r) => ({ code: r.code, nameVi: r.name_vi, nameEn: r.name_en })),
  };
}

/** A per-app cache of the catalogue. */
export function catalogCache(db: Db): { get: () => Promise<Catalog>; invalidate: () => void } {
  let pending: Promise<Catalog> | null = null;
  return {
    get: () => {
      pending ??= readCatalog(db).catch((error) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    invalidate: () => {
      pending = null;
    },
  };
}

/** The unit's kind on a date, following its dated kind changes. */
export function kindOn(unit: CatalogUnit, isoDate: string): string {
  let kind = unit.kind;
  for (const change of unit.kindChanges) if (change.effectiveDate <= isoDate) kind = change.kind;
  return kind;
}
