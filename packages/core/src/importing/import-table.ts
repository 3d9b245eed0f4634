/**
 * Reads a table of figures (a CSV or a spreadsheet's first sheet, header row first) into rows to
 * write, and every problem with its line and column, before anything is written. Numbers typed as
 * text go through the same parser as the form (`parseNumber`: "500.000" in Vietnamese is five
 * hundred thousand, "212/216" a percentage from its parts, "12/63" a rank of 63, "trên 90%" a
 * bound); numbers a spreadsheet stores as numbers are taken as they are, except that a cell
 * formatted as a percentage holds its fraction (1 shown as 100%): it is read as the percentage
 * shown, and refused for an indicator not counted in percent.
 *
 * Columns are found by their header, Vietnamese or English (or both, "Độ chính xác / Qualifier",
 * a note in brackets ignored), in any order; the template's own informational columns (indicator
 * name, unit, previous period, plan, reference notes) are ignored. The qualifier column is
 * optional (files made before it still import): "chính xác" or blank, "trên", "khoảng", "dưới",
 * or the English words. When the page says which period it imports, a row of another is a problem.
 */

import { formatNumber, unitLabel } from '../format/format-number.ts';
import type { Bilingual, Locale } from '../i18n/locale.ts';
import type { Indicator } from '../indicators/indicator.ts';
import { type EntryUnit, entryIssues } from '../lineage/entry-rules.ts';
import { type NumberReading, parseNumber } from '../numbers/parse-number.ts';
import { parsePeriod } from '../periods/period.ts';
import { periodLabel } from '../periods/period-label.ts';
import { type Qualifier, qualifierFromWord, qualifierWords } from '../qualifier/qualifier.ts';
import { indicatorsDue } from '../reporting/indicators-due.ts';
import { validateFigure } from '../validation/validate-figure.ts';

export const IMPORT_COLUMNS = {
  unitId: { vi: 'Mã tỉnh', en: 'Province id' },
  period: { vi: 'Kỳ', en: 'Period' },
  indicatorKey: { vi: 'Mã chỉ tiêu', en: 'Indicator key' },
  value: { vi: 'Giá trị', en: 'Value' },
  qualifier: { vi: 'Độ chính xác', en: 'Qualifier' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  sourceRef: { vi: 'Nguồn', en: 'Source' },
  sourceQuote: { vi: 'Trích dẫn', en: 'Quote' },
  note: { vi: 'Ghi chú', en: 'Note' },
} as const satisfies Record<string, Bilingual>;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/**
 * A number a spreadsheet shows as a percentage (its number format has a %, as '0%' or '0.00%'):
 * `fraction` as the cell stores it, 1 being shown as 100%.
 */
export interface PercentCell {
  fraction: number;
}

/** A cell as a CSV (text) or a spreadsheet (text, number, percentage) gives it; null or '' is blank. */
export type ImportCell = string | number | PercentCell | null | undefined;

export interface ImportRow {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  unitId: string;
  period: string;
  indicatorKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: Qualifier;
  rankedOf: number | null;
  sourceRef: string;
  sourceQuote: string | null;
  note: string | null;
}

export interface ImportIssue {
  line: number;
  /** The column's header as the file has it; null for the row as a whole. */
  column: string | null;
  code: string;
  message: Bilingual;
}

export interface ImportContext {
  indicators: ReadonlyMap<string, Indicator>;
  units: ReadonlyMap<string, EntryUnit>;
  /** How text numbers are written in the file. */
  locale: Locale;
  /** ISO date: figures are for periods that have begun. */
  today: string;
  /** The source for rows whose own is blank. */
  defaultSource?: string | null;
  /** The period the import is for (the one chosen on the page): a row of another is a problem. */
  period?: string | null;
}

const MAX_TEXT = { sourceRef: 500, sourceQuote: 2000, note: 2000 } as const;

const normalise = (header: string) => header.normalize('NFC').trim().toLowerCase();

/** A header's names: itself, and each side of "Vietnamese / English" without notes in brackets. */
const headerNames = (header: string): string[] => [
  normalise(header),
  ...header
    .replace(/\([^)]*\)/g, '')
    .split('/')
    .map(normalise),
];

const HEADER_NAMES = new Map<string, ImportColumn>(
  Object.entries(IMPORT_COLUMNS).flatMap(([column, names]) => [
    [normalise(names.vi), column as ImportColumn],
    [normalise(names.en), column as ImportColumn],
    [normalise(column), column as ImportColumn],
  ]),
);

/** The percentage a percent-formatted cell shows: 0.905 → 90.5 (without 90.50000000000001). */
const percentShown = (cell: PercentCell) => Number((cell.fraction * 100).toPrecision(12));

const text = (cell: ImportCell): string =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'number'
      ? String(cell)
      : typeof cell === 'object'
        ? `${percentShown(cell)}%`
        : cell.normalize('NFC').trim();

/** Where each known column is: its index and its header as written. */
function findColumns(header: readonly ImportCell[]) {
  const at = new Map<ImportColumn, { index: number; name: string }>();
  header.forEach((cell, index) => {
    const column = headerNames(text(cell))
      .map((name) => HEADER_NAMES.get(name))
      .find((found) => found !== undefined);
    if (column && !at.has(column)) at.set(column, { index, name: text(cell) });
  });
  return at;
}

type Read =
  | { ok: true; reading: NumberReading | null }
  | { ok: false; message: Bilingual; code?: 'percent_format' };

/** A percent-formatted cell: the percentage it shows, for an indicator counted in percent only. */
function readPercentCell(cell: PercentCell, indicator: Indicator, bare: boolean): Read {
  const shown = percentShown(cell);
  if (!Number.isFinite(shown)) return { ok: false, message: { vi: 'Không phải là số', en: 'Not a number' } };
  if (!bare && indicator.unit === 'percent')
    return {
      ok: true,
      reading: { ok: true, kind: 'number', value: shown, qualifier: 'exact', hasPercent: true },
    };
  const as = { vi: formatNumber(shown, 'vi', 4), en: formatNumber(shown, 'en', 4) };
  const plain = { vi: formatNumber(cell.fraction, 'vi', 6), en: formatNumber(cell.fraction, 'en', 6) };
  const counted = bare
    ? { vi: 'là số đếm', en: 'is a count' }
    : {
        vi: `tính bằng ${unitLabel(indicator.unit, 'vi') || 'số'}`,
        en: `is counted in ${unitLabel(indicator.unit, 'en') || 'numbers'}`,
      };
  return {
    ok: false,
    code: 'percent_format',
    message: {
      vi: `Ô định dạng phần trăm (hiện ${as.vi}%) nhưng ${indicator.nameVi} ${counted.vi}, không phải %: bỏ định dạng % của ô (giá trị thật của ô là ${plain.vi})`,
      en: `The cell is formatted as a percentage (shows ${as.en}%) but ${indicator.nameEn} ${counted.en}, not %: remove the cell's % format (its stored value is ${plain.en})`,
    },
  };
}

function readNumber(cell: ImportCell, locale: Locale, indicator: Indicator, bare: boolean): Read {
  const unit = indicator.unit;
  if (typeof cell === 'object' && cell !== null) return readPercentCell(cell, indicator, bare);
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? {
          ok: true,
          reading: { ok: true, kind: 'number', value: cell, qualifier: 'exact', hasPercent: false },
        }
      : { ok: false, message: { vi: 'Không phải là số', en: 'Not a number' } };
  const parsed = parseNumber(text(cell), locale, bare ? { bare: true } : { unit });
  if (parsed.ok) return { ok: true, reading: parsed };
  if (parsed.kind === 'empty') return { ok: true, reading: null };
  return { ok: false, message: parsed.message };
}

type QualifierRead =
  | { ok: true; qualifier: Qualifier }
  | { ok: false; code: 'bad_qualifier' | 'qualifier_conflict'; message: Bilingual };

/** The qualifier column's word, agreeing with a word written before the value ("trên 90%"). */
function readQualifier(word: string, ofValue: Qualifier): QualifierRead {
  const own = qualifierFromWord(word);
  if (own === null)
    return {
      ok: false,
      code: 'bad_qualifier',
      message: {
        vi: `“${word}” không phải là độ chính xác: ghi một trong ${qualifierWords('vi')} (để trống là chính xác)`,
        en: `“${word}” is not a qualifier: write one of ${qualifierWords('en')} (blank is exact)`,
      },
    };
  if (own !== 'exact' && ofValue !== 'exact' && own !== ofValue)
    return {
      ok: false,
      code: 'qualifier_conflict',
      message: {
        vi: `Cột này ghi “${word}” nhưng giá trị lại ghi khác: chỉ ghi ở một chỗ`,
        en: `This column says “${word}” but the value says otherwise: say it in one place only`,
      },
    };
  return { ok: true, qualifier: own === 'exact' ? ofValue : own };
}

/**
 * The rows of `table` (header first) and every problem found; a row with no figure at all (a
 * template row left blank) is skipped, not an error.
 */
export function readImportTable(
  table: readonly (readonly ImportCell[])[],
  ctx: ImportContext,
): { rows: ImportRow[]; issues: ImportIssue[]; skipped: number } {
  const issues: ImportIssue[] = [];
  const rows: ImportRow[] = [];
  const header = table[0] ?? [];
  const columns = findColumns(header);
  const missing = (['unitId', 'period', 'indicatorKey'] as const).filter((c) => !columns.has(c));
  if (!columns.has('value') && !(columns.has('numerator') && columns.has('denominator')))
    missing.push('value' as never);
  if (missing.length > 0) {
    const names = missing.map((c) => IMPORT_COLUMNS[c]);
    issues.push({
      line: 1,
      column: null,
      code: 'missing_columns',
      message: {
        vi: `Thiếu cột: ${names.map((n) => `“${n.vi}”`).join(', ')} (hãy dùng biểu mẫu tải về)`,
        en: `Missing columns: ${names.map((n) => `“${n.en}”`).join(', ')} (use the downloadable template)`,
      },
    });
    return { rows, issues, skipped: 0 };
  }
  const cellOf = (row: readonly ImportCell[], column: ImportColumn) => {
    const at = columns.get(column);
    return at === undefined ? null : row[at.index];
  };
  // A part read from "212/216" in the value column is that column's problem when the file has no column of its own for it.
  const nameOf = (column: ImportColumn): string => {
    const own = columns.get(column)?.name;
    if (own) return own;
    const value = columns.get('value')?.name;
    if (value && (column === 'numerator' || column === 'denominator')) return value;
    return IMPORT_COLUMNS[column].vi;
  };
  const seen = new Map<string, number>();
  const dueCache = new Map<string, Set<string>>();
  const entryChecked = new Map<string, boolean>();
  let skipped = 0;

  for (let i = 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    const line = i + 1;
    if (cells.every((c) => text(c) === '')) continue;
    const problem = (column: ImportColumn | null, code: string, message: Bilingual) =>
      issues.push({ line, column: column ? nameOf(column) : null, code, message });
    const issuesBefore = issues.length;

    const unitId = text(cellOf(cells, 'unitId'));
    const periodKey = text(cellOf(cells, 'period'));
    const indicatorKey = text(cellOf(cells, 'indicatorKey'));
    const unit = ctx.units.get(unitId);
    const period = parsePeriod(periodKey);
    const indicator = ctx.indicators.get(indicatorKey);
    if (!unit)
      problem('unitId', 'unknown_unit', {
        vi: `Không có tỉnh mã “${unitId}” (ví dụ đúng: v34-14, v63-14)`,
        en: `No province with id “${unitId}” (e.g. v34-14, v63-14)`,
      });
    if (!period)
      problem('period', 'bad_period', {
        vi: `“${periodKey}” không phải là kỳ (ví dụ đúng: 2026, 2026-H1, 2026-Q3, 2026-11)`,
        en: `“${periodKey}” is not a period (e.g. 2026, 2026-H1, 2026-Q3, 2026-11)`,
      });
    if (!indicator)
      problem('indicatorKey', 'unknown_indicator', {
        vi: `Không có chỉ tiêu mã “${indicatorKey}”`,
        en: `No indicator with key “${indicatorKey}”`,
      });
    if (!unit || !period || !indicator) continue;

    const dueKey = period.key;
    if (!dueCache.has(dueKey))
      dueCache.set(dueKey, new Set(indicatorsDue([...ctx.indicators.values()], period).map((x) => x.key)));
    if (!dueCache.get(dueKey)?.has(indicator.key)) {
      problem('indicatorKey', 'not_due', {
        vi: `${indicator.nameVi} không thuộc báo cáo kỳ ${periodLabel(period, 'vi')}`,
        en: `${indicator.nameEn} is not reported for ${periodLabel(period, 'en')}`,
      });
      continue;
    }

    const value = readNumber(cellOf(cells, 'value'), ctx.locale, indicator, false);
    const numerator = readNumber(cellOf(cells, 'numerator'), ctx.locale, indicator, true);
    const denominator = readNumber(cellOf(cells, 'denominator'), ctx.locale, indicator, true);
    if (!value.ok) problem('value', value.code ?? 'not_a_number', value.message);
    if (!numerator.ok) problem('numerator', numerator.code ?? 'not_a_number', numerator.message);
    if (!denominator.ok) problem('denominator', denominator.code ?? 'not_a_number', denominator.message);
    if (!value.ok || !numerator.ok || !denominator.ok) continue;
    const v = value.reading;
    if (!v && !numerator.reading && !denominator.reading) {
      skipped++;
      continue;
    }
    // A template row left blank is skipped above, whatever its period; a filled one must be the page's.
    if (ctx.period && period.key !== ctx.period) {
      const chosen = parsePeriod(ctx.period);
      const label = (locale: Locale) => (chosen ? periodLabel(chosen, locale) : ctx.period);
      problem('period', 'other_period', {
        vi: `Dòng này là số liệu kỳ ${periodLabel(period, 'vi')}, không phải kỳ đang nhập (${label('vi')}): sửa cột Kỳ, hoặc chọn kỳ ${periodKey} rồi xem trước lại`,
        en: `This row is for ${periodLabel(period, 'en')}, not the period being imported (${label('en')}): correct the Period column, or choose ${periodKey} and preview again`,
      });
    }
    const qualifier = readQualifier(text(cellOf(cells, 'qualifier')), v?.qualifier ?? 'exact');
    if (!qualifier.ok) problem('qualifier', qualifier.code, qualifier.message);

    const figure = {
      value: v && v.kind !== 'fraction' ? v.value : null,
      numerator: v?.kind === 'fraction' ? v.numerator : (numerator.reading?.value ?? null),
      denominator: v?.kind === 'fraction' ? v.denominator : (denominator.reading?.value ?? null),
      rankedOf: v?.kind === 'rank' ? v.rankedOf : null,
    };
    for (const issue of validateFigure(indicator, figure)) problem(issue.field, issue.code, issue.message);
    // Whether a unit may report an indicator for a period depends only on the unit's vintage, the
    // indicator and the period: checked once per such triple, the messages made only when needed.
    const entryKey = `${unit.vintage}|${indicator.key}|${period.key}`;
    let mayEnter = entryChecked.get(entryKey);
    if (mayEnter === undefined) {
      mayEnter = entryIssues(unit, indicator, period, ctx.today).length === 0;
      entryChecked.set(entryKey, mayEnter);
    }
    if (!mayEnter)
      for (const issue of entryIssues(unit, indicator, period, ctx.today))
        problem('period', issue.code, issue.message);

    const sourceRef = text(cellOf(cells, 'sourceRef')) || (ctx.defaultSource?.trim() ?? '');
    if (sourceRef.length < 3)
      problem('sourceRef', 'source_required', {
        vi: 'Cần ghi nguồn số liệu (số, ngày văn bản) ở cột Nguồn hoặc cho cả tệp',
        en: 'Name the source (document number and date) in the Source column or for the whole file',
      });
    const sourceQuote = text(cellOf(cells, 'sourceQuote')) || null;
    const note = text(cellOf(cells, 'note')) || null;
    for (const [column, value] of [
      ['sourceRef', sourceRef],
      ['sourceQuote', sourceQuote],
      ['note', note],
    ] as const) {
      const max = MAX_TEXT[column];
      // PostgreSQL cannot store a NUL character in text: refused here, named, never a 500.
      if (value?.includes('\u0000'))
        problem(column, 'nul_character', {
          vi: 'Có ký tự NUL (\\u0000), không lưu được: hãy xóa ký tự này',
          en: 'Contains a NUL character (\\u0000), which cannot be stored: remove it',
        });
      if (value && value.length > max)
        problem(column, 'too_long', {
          vi: `Dài quá ${max} ký tự`,
          en: `Longer than ${max} characters`,
        });
    }

    const cell = `${unitId}|${period.key}|${indicator.key}`;
    const first = seen.get(cell);
    if (first !== undefined)
      problem(null, 'duplicate_row', {
        vi: `Trùng với dòng ${first}: cùng tỉnh, kỳ và chỉ tiêu`,
        en: `Same province, period and indicator as line ${first}`,
      });
    else seen.set(cell, line);

    if (issues.length > issuesBefore) continue;
    rows.push({
      line,
      unitId,
      period: period.key,
      indicatorKey: indicator.key,
      value: figure.value,
      numerator: figure.numerator,
      denominator: figure.denominator,
      qualifier: qualifier.ok ? qualifier.qualifier : 'exact',
      rankedOf: figure.rankedOf,
      sourceRef,
      sourceQuote,
      note,
    });
  }
  return { rows, issues, skipped };
}
