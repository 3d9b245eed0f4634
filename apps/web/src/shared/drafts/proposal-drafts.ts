/**
 * Figures read from a report (POST /api/extractions) handed to the period forms they belong to, as
 * kept edits (`draft-store.ts`): one entry per province and period, each row marked as a proposal
 * with its sentence, so that the form shows where it came from and stores nothing until staff
 * confirm it. The rules:
 * 1. **Only figures.** Proposals of kind `figure` and `derived` become rows; a `plan` is not a
 *    figure of the period and is never put in the form.
 * 2. **As the form writes it.** The value is written as the form reads it (core's `entryText`,
 *    in the kept edits' language); a percentage stated as parts fills its numerator and
 *    denominator instead; a rank keeps its "r/N".
 * 3. **Sourced.** The row's own source is the report ("title, date") and its quote is the
 *    report's words; a derived figure also says in its note what it was derived from.
 * 4. **Nothing overwritten unasked.** A row edited by hand and not from a report keeps the
 *    person's edit; the proposal is left out and counted as such.
 */
import { entryText, formatForEntry, type IndicatorUnit, type Locale, type Qualifier } from '@cds/core';
import {
  BLANK_ROW,
  draftKey,
  keepEdits,
  type LocalEdits,
  loadEdits,
  type ReportProposal,
  type RowText,
} from './draft-store.ts';

/** One proposal as POST /api/extractions answers it. */
export interface ExtractedProposal {
  unitId: string;
  period: string;
  indicatorKey: string;
  kind: 'figure' | 'plan' | 'derived';
  value: number;
  numerator?: number;
  denominator?: number;
  qualifier: Qualifier;
  rankedOf?: number;
  quote: string;
  start: number;
  end: number;
}

export interface ReportHeading {
  title: string;
  /** ISO date, or null when unknown. */
  date: string | null;
}

/** "Báo cáo tổng kết, 10/01/2024": the report as a row's source names it. */
export function reportSourceRef(report: ReportHeading, locale: Locale): string {
  if (!report.date) return report.title;
  const [y, m, d] = report.date.split('-');
  return `${report.title}, ${locale === 'vi' ? `${d}/${m}/${y}` : report.date}`;
}

/** Rule 2 and 3: the row's text for a proposal. */
export function proposalRowText(
  proposal: ExtractedProposal,
  unit: IndicatorUnit,
  report: ReportHeading,
  locale: Locale,
): RowText {
  const parts = unit === 'percent' && proposal.numerator != null && proposal.denominator != null;
  const derived =
    proposal.kind === 'derived'
      ? locale === 'vi'
        ? `Suy ra từ báo cáo: “${proposal.quote}”`
        : `Derived from the report: “${proposal.quote}”`
      : '';
  return {
    ...BLANK_ROW,
    value: parts
      ? ''
      : entryText(
          { value: proposal.value, qualifier: proposal.qualifier, rankedOf: proposal.rankedOf ?? null },
          unit,
          locale,
        ),
    numerator: parts ? formatForEntry(proposal.numerator as number, locale) : '',
    denominator: parts ? formatForEntry(proposal.denominator as number, locale) : '',
    qualifier: unit === 'rank' ? 'exact' : proposal.qualifier,
    note: derived,
    sourceRef: reportSourceRef(report, locale).slice(0, 500),
    sourceQuote: proposal.quote.slice(0, 2000),
  };
}

/** The sentence of `text` around `start`–`end` (to the nearest full stop, line break or semicolon). */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; ')) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/\.(\s|$)|\n|;/);
  return text.slice(from, stop === -1 ? text.length : end + stop + 1).trim();
}

export interface FormHanded {
  unitId: string;
  period: string;
  /** Rows filled from the report. */
  rows: number;
  /** Proposals left out because the row already held the person's own edit (rule 4). */
  kept: number;
}

/**
 * Rule 1–4: writes the chosen proposals into the kept edits of their forms; the forms, in order of
 * period, with how many rows each received.
 */
export function handToForms(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  login: string,
  proposals: readonly ExtractedProposal[],
  units: ReadonlyMap<string, IndicatorUnit>,
  report: ReportHeading & { text: string },
  locale: Locale,
  now: string,
): FormHanded[] {
  const byForm = new Map<string, ExtractedProposal[]>();
  for (const p of proposals) {
    if (p.kind === 'plan' || !units.has(p.indicatorKey)) continue;
    const key = `${p.unitId}|${p.period}`;
    byForm.set(key, [...(byForm.get(key) ?? []), p]);
  }
  const handed: FormHanded[] = [];
  for (const [key, list] of byForm) {
    const [unitId, period] = key.split('|') as [string, string];
    const storageKey = draftKey(login, unitId, period);
    const edits: LocalEdits = loadEdits(storage, storageKey) ?? { locale, rows: {}, keptAt: now };
    let rows = 0;
    let kept = 0;
    for (const p of list) {
      const existing = edits.rows[p.indicatorKey];
      if (existing && !existing.proposal) {
        kept++;
        continue;
      }
      const unit = units.get(p.indicatorKey) as IndicatorUnit;
      const proposal: ReportProposal = {
        kind: p.kind as 'figure' | 'derived',
        quote: p.quote,
        sentence: sentenceAround(report.text, p.start, p.end),
        report: { title: report.title, date: report.date },
        status: 'proposed',
      };
      edits.rows[p.indicatorKey] = {
        text: proposalRowText(p, unit, report, edits.locale),
        basis: null,
        proposal,
      };
      rows++;
    }
    keepEdits(storage, storageKey, { ...edits, keptAt: now });
    handed.push({ unitId, period, rows, kept });
  }
  return handed.sort((a, b) => a.period.localeCompare(b.period) || a.unitId.localeCompare(b.unitId));
}

/**
 * The other forms of the same person holding rows still proposed from a report (the year a report
 * gave and the previous year it let derive), so that the form can link to them. `storageKey` is the
 * open form's key (`draftKey`): the person's keys share its beginning.
 */
export function otherFormsWithProposals(
  storage: Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>,
  storageKey: string,
): { unitId: string; period: string; rows: number }[] {
  const prefix = storageKey.split('.').slice(0, -2).join('.');
  const found: { unitId: string; period: string; rows: number }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key || key === storageKey || !key.startsWith(`${prefix}.`)) continue;
    const rest = key.slice(prefix.length + 1).split('.');
    if (rest.length !== 2) continue;
    const edits = loadEdits(storage, key);
    const rows = Object.values(edits?.rows ?? {}).filter((r) => r.proposal?.status === 'proposed').length;
    if (rows > 0) found.push({ unitId: rest[0] as string, period: rest[1] as string, rows });
  }
  return found.sort((a, b) => b.period.localeCompare(a.period));
}
