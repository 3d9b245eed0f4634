/**
 * The printed report's table of key figures, shaped from the period's cards and the strip's
 * ranks: one row per indicator with a figure, then one per rank (with its year), numbered so
 * that a drafted sentence can point at the rows it states ("[3]"), and the reports the real
 * figures are quoted from, with the rows they give and their quotes.
 */
import {
  formatIndicatorValue,
  formatNumber,
  type IndicatorUnit,
  isJudged,
  isRankIndicator,
  type Locale,
  withQualifier,
} from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';
import { verdictText } from '../../shared/figure-wording.ts';
import type { Briefing, PeriodSummary } from './briefing-queries.ts';
import { gapText, rankMoveText } from './briefing-wording.ts';

export interface FigureRow {
  /** 1-based: the sentences' footnote numbers. */
  n: number;
  key: string;
  name: string;
  value: string;
  plan: string;
  status: string | null;
  statusText: string;
  /** Judged against the share of the plan for the months covered ("*" beside the verdict). */
  proRata: { months: number; of: number } | null;
  change: string;
  /** The figure is demo data (or summed from demo and real). */
  isDemo: boolean;
  /** The figure is restated onto today's boundaries (never because its plan is derived). */
  isDerived: boolean;
  /** The plan is demo data: marked on the plan, not on a real figure beside it. */
  isPlanDemo: boolean;
  /** The plan was derived from a report's "vượt X% so với kế hoạch". */
  isPlanDerived: boolean;
  /** Where a real figure comes from (none for demo data and ranks); its report's sentence. */
  sourceRefs: readonly string[];
  quote: string | null;
}

interface NamedIndicator {
  key: string;
  nameVi: string;
  nameEn: string;
  unit: IndicatorUnit;
}

export function keyFigureRows(
  summary: PeriodSummary,
  briefing: Briefing,
  indicatorByKey: ReadonlyMap<string, NamedIndicator>,
  locale: Locale,
  t: Translate,
): FigureRow[] {
  const name = (i: NamedIndicator) => (locale === 'vi' ? i.nameVi : i.nameEn);
  const figures = summary.items.flatMap((item) => {
    const indicator = indicatorByKey.get(item.indicator);
    if (!indicator || isRankIndicator(indicator) || item.figure.value === null) return [];
    const { figure, progress, target, change, coverage } = item;
    const fmt = (v: number) => formatIndicatorValue(v, indicator.unit, locale);
    const isVerdict = isJudged(progress.status);
    const isProRata = isVerdict && progress.basis !== 'full' && !!coverage;
    return [
      {
        key: item.indicator,
        name: name(indicator),
        value: withQualifier(fmt(figure.value as number), figure.qualifier, locale),
        plan: target ? fmt(target.value) : '—',
        status: progress.status,
        statusText: `${verdictText(progress, item.horizon, locale, t)}${isProRata ? '*' : ''}`,
        proRata: isProRata && coverage ? coverage : null,
        change: change.delta === null ? '—' : gapText(change.delta, indicator.unit, locale, t),
        isDemo: figure.isDemo || figure.isPartlyDemo,
        isDerived: figure.basis === 'restated',
        isPlanDemo: !!target?.isDemo,
        isPlanDerived: !!target?.isDerived,
        sourceRefs: figure.isDemo && !figure.isPartlyDemo ? [] : figure.sourceRefs,
        quote: figure.isDemo ? null : item.sourceQuote,
      },
    ];
  });
  const ranks = briefing.strip.ranks.map((rank) => {
    const indicator = indicatorByKey.get(rank.indicatorKey);
    const move = rankMoveText(rank, t);
    const change =
      rank.previousYear !== null && rank.change === null
        ? t('briefing.rank.notComparableShort', { year: rank.previousYear })
        : (move?.text ?? '—');
    return {
      key: rank.indicatorKey,
      name: `${indicator ? name(indicator) : rank.indicatorKey} (${rank.year})`,
      value: `${formatNumber(rank.rank, locale)}${rank.of === null ? '' : `/${formatNumber(rank.of, locale)}`}`,
      plan: '—',
      status: null,
      statusText: '',
      proRata: null,
      change,
      isDemo: rank.isDemo,
      isDerived: false,
      isPlanDemo: false,
      isPlanDerived: false,
      sourceRefs: [],
      quote: null,
    };
  });
  return [...figures, ...ranks].map((row, i) => ({ ...row, n: i + 1 }));
}

export interface SourceNote {
  /** The report or typed source, as the reader sees it (`useSourceText`). */
  citation: string;
  rows: { n: number; quote: string | null }[];
}

/**
 * The sources under the table: each report once, with the rows it gives and their quotes, in the
 * order of the rows.
 * @example sourceNotes(rows, cite) // [{ citation: 'Hội nghị … — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024', rows: [{ n: 1, quote: '212/216 bản…' }] }]
 */
export function sourceNotes(rows: readonly FigureRow[], cite: (ref: string) => string): SourceNote[] {
  const notes = new Map<string, SourceNote>();
  for (const row of rows) {
    for (const ref of row.sourceRefs) {
      const citation = cite(ref);
      const note = notes.get(citation) ?? { citation, rows: [] };
      note.rows.push({ n: row.n, quote: row.sourceRefs.length === 1 ? row.quote : null });
      notes.set(citation, note);
    }
  }
  return [...notes.values()];
}
