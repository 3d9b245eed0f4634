/**
 * What the page compares, read from the URL with its defaults filled in, and the URL changes
 * each control makes. The URL is the state: a copied address opens the same view.
 */
import { makePeriod, type Period, type PeriodType, parsePeriod, periodRange, type View } from '@cds/core';
import type { CompareSearch } from '../../router/search-params.ts';

export const MAX_UNITS = 6;
export const MAX_INDICATORS = 8;

export interface Selection {
  units: string[];
  indicators: string[];
  periodType: PeriodType;
  from: string;
  to: string;
  /** The table's period. */
  at: string;
  view: View;
  /** Relative mode's base period; null in absolute mode. */
  base: string | null;
  /** The national and regional lines drawn (and offered as a comparator). */
  showNational: boolean;
}

const COUNT: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** The first and last period of a type within two years. */
export function rangeOf(type: PeriodType, fromYear: number, toYear: number): { from: string; to: string } {
  return { from: makePeriod(type, fromYear, 1).key, to: makePeriod(type, toYear, COUNT[type]).key };
}

/** Every period of a type between two years, for the range's menus. */
export function periodsOf(type: PeriodType, years: { first: number; last: number }): Period[] {
  return periodRange(makePeriod(type, years.first, 1), makePeriod(type, years.last, COUNT[type]));
}

/**
 * The selection with its defaults: yearly, the six years before the last, the table at the end
 * of the range, as reported. A period of another type than the range's is ignored.
 */
export function selectionOf(search: CompareSearch, years: { first: number; last: number }): Selection {
  const periodType = search.loai ?? 'year';
  const lastYear = Math.max(years.first, years.last - 1);
  const fallback = rangeOf(periodType, Math.max(years.first, lastYear - 6), lastYear);
  const ofType = (key: string | undefined) => {
    const p = key ? parsePeriod(key) : null;
    return p && p.type === periodType ? p.key : undefined;
  };
  let from = ofType(search['tu-ky']) ?? fallback.from;
  let to = ofType(search['den-ky']) ?? fallback.to;
  if (from > to) [from, to] = [to, from];
  const at = ofType(search.ky);
  const base = ofType(search.goc);
  return {
    units: [...new Set(search.tinh ?? [])].slice(0, MAX_UNITS),
    indicators: [...new Set(search['chi-tieu'] ?? [])].slice(0, MAX_INDICATORS),
    periodType,
    from,
    to,
    at: at && at >= from && at <= to ? at : to,
    view: search.xem ?? 'reported',
    base: base ?? null,
    showNational: search['ca-nuoc'] !== 'an',
  };
}

/** The URL's values for a selection, defaults left out. */
export function searchOf(
  s: Selection,
  lang: 'vi' | 'en' | undefined,
): CompareSearch & { lang?: 'vi' | 'en' } {
  return {
    lang,
    tinh: s.units.length ? s.units : undefined,
    'chi-tieu': s.indicators.length ? s.indicators : undefined,
    loai: s.periodType === 'year' ? undefined : s.periodType,
    'tu-ky': s.from,
    'den-ky': s.to,
    ky: s.at === s.to ? undefined : s.at,
    xem: s.view === 'reported' ? undefined : s.view,
    goc: s.base ?? undefined,
    'ca-nuoc': s.showNational ? undefined : 'an',
  };
}

/** A new period type keeps the years of the range. */
export function withPeriodType(s: Selection, type: PeriodType): Selection {
  const range = rangeOf(type, Number(s.from.slice(0, 4)), Number(s.to.slice(0, 4)));
  return { ...s, periodType: type, ...range, at: range.to, base: s.base === null ? null : range.from };
}

/** Adds a province (up to six), or removes it when already there. */
export function toggled(list: readonly string[], id: string, max: number): string[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length >= max ? [...list] : [...list, id];
}
