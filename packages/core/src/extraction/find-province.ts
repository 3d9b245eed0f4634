/**
 * Which province a report is about, read from its words, and the unit that province is in the
 * report's vintage.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Names of both vintages**: the 63 and the 34 short names ("Sơn La"), with or without "tỉnh",
 *    "thành phố", "TP." before or "(cũ)" after, a few variants ("Thừa Thiên Huế", "TP.HCM", "Đắc
 *    Lắc") and each name run together as in a web address ("sonla.gov.vn").
 * 2. **The most named wins**: a name after "tỉnh"/"thành phố"/"TP." counts 3, a bare name 1
 *    (a bare "Hồ Chí Minh" counts nothing: it is as often the man as the city); ties go to the
 *    first named.
 * 3. **Paired with the vintage** (vintage.ts rules 1 and 4): a period ending before 1 July 2025
 *    gives the 63-unit (`v63-44` Quảng Bình), a later one the 34-unit; a former province named
 *    in a later period gives its successor (Quảng Bình in 2025-10 → `v34-44` Quảng Trị), since
 *    figures after the merger belong to the 34 (vintage.ts rule 2).
 * 4. **Else the staff member's own unit**, moved across the merger the same way
 *    ({@link unitInVintage}: a new unit's earlier figures go to the predecessor whose name it kept).
 */
import { parseCsvRecords } from '../files/csv-text.ts';
import { type LineageLinks, unitInVintage } from '../lineage/unit-in-vintage.ts';
import { parseUnitId, unitId, type Vintage } from '../lineage/vintage.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';
import { compileWordMatcher, type WordMatcher } from './indicator-phrases.ts';

/** A provincial unit as the extractor needs it: its id (`v63-44`), name and lineage links. */
export interface ExtractionUnit extends LineageLinks {
  readonly code: string;
  readonly nameVi: string;
}

/**
 * The units from `data/provinces-63.csv` and `data/provinces-34.csv` (as text), linked by the
 * 34's `merged_from` (name kept first).
 */
export function extractionUnitsFromCsv(provinces63: string, provinces34: string): ExtractionUnit[] {
  const rows34 = parseCsvRecords(provinces34);
  const successorOf = new Map<string, string>();
  for (const row of rows34) {
    for (const old of (row.merged_from ?? '').split(';').filter(Boolean)) {
      successorOf.set(unitId(63, old), unitId(34, row.code ?? ''));
    }
  }
  const old = parseCsvRecords(provinces63).map((row): ExtractionUnit => {
    const id = unitId(63, row.code ?? '');
    const successor = successorOf.get(id);
    return {
      id,
      vintage: 63,
      code: row.code ?? '',
      nameVi: (row.name_vi ?? '').normalize('NFC'),
      predecessors: [],
      successor: successor ? { id: successor } : null,
    };
  });
  const current = rows34.map(
    (row): ExtractionUnit => ({
      id: unitId(34, row.code ?? ''),
      vintage: 34,
      code: row.code ?? '',
      nameVi: (row.name_vi ?? '').normalize('NFC'),
      predecessors: (row.merged_from ?? '')
        .split(';')
        .filter(Boolean)
        .map((c) => ({ id: unitId(63, c) })),
      successor: null,
    }),
  );
  return [...old, ...current];
}

/** Rule 1: other ways of writing a name, keyed by the folded short name. */
const VARIANTS: Record<string, readonly string[]> = {
  hue: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT-Huế'],
  'ho chi minh': ['TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM'],
  'dak lak': ['Đắc Lắc', 'Daklak'],
  'dak nong': ['Đắc Nông', 'Daknong'],
  'kon tum': ['Kontum'],
  'ba ria - vung tau': ['BR-VT', 'Bà Rịa Vũng Tàu'],
};
/** Rule 2: names that count only after "thành phố"/"TP.". */
const NEEDS_PREFIX = new Set(['ho chi minh']);
const PREFIX = /(?:tinh|thanh pho|tp\.?)\s?$/;

interface NameEntry {
  readonly text: string;
  /** The folded short name shared by a 63-unit and a 34-unit of that name. */
  readonly place: string;
}

export interface ProvinceFinder {
  /** Rules 2–4: the unit the folded text names for `periodKey`'s vintage, or null. */
  find(folded: string, vintage: Vintage): string | null;
}

export function compileProvinceFinder(units: readonly ExtractionUnit[]): ProvinceFinder {
  const byPlace = new Map<string, Partial<Record<Vintage, ExtractionUnit>>>();
  const entries: NameEntry[] = [];
  for (const unit of units) {
    const place = foldDiacritics(unit.nameVi);
    const known = byPlace.get(place);
    byPlace.set(place, { ...known, [unit.vintage as Vintage]: unit });
    if (known) continue;
    for (const text of new Set([unit.nameVi, ...(VARIANTS[place] ?? []), place.replace(/[^a-z]/g, '')])) {
      entries.push({ text, place });
    }
  }
  const matcher: WordMatcher<NameEntry> = compileWordMatcher(entries, (e) => e.text);
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    find(folded, vintage) {
      const scores = new Map<string, { score: number; first: number }>();
      for (const { start, item } of matcher.find(folded)) {
        const hasPrefix = PREFIX.test(folded.slice(Math.max(0, start - 12), start));
        const score = hasPrefix ? 3 : NEEDS_PREFIX.has(item.place) ? 0 : 1;
        const seen = scores.get(item.place) ?? { score: 0, first: start };
        scores.set(item.place, { score: seen.score + score, first: seen.first });
      }
      let best: { place: string; score: number; first: number } | null = null;
      for (const [place, { score, first }] of scores) {
        if (score === 0) continue;
        if (!best || score > best.score || (score === best.score && first < best.first)) {
          best = { place, score, first };
        }
      }
      if (!best) return null;
      const named = byPlace.get(best.place) ?? {};
      const own = named[vintage];
      if (own) return own.id;
      const other = named[vintage === 63 ? 34 : 63];
      return other ? inVintage(other.id, vintage, byId) : null;
    },
  };
}

/** Rules 3 and 4: the unit `id` is in `vintage`. */
export function inVintage(id: string, vintage: Vintage, byId: ReadonlyMap<string, ExtractionUnit>): string {
  const parsed = parseUnitId(id);
  if (!parsed || parsed.vintage === vintage) return id;
  const unit = byId.get(id);
  return unit ? unitInVintage(unit, vintage) : id;
}
