/**
 * A CSV or XLSX file as a table of cells, header row first, one entry per line of the file (a
 * blank line stays as an empty row, so that lines keep their numbers): papaparse for CSV (its
 * delimiter detected, a byte-order mark dropped, every line ending read alike), exceljs's
 * streaming reader for XLSX (the first worksheet; formulas give their result, rich text its plain
 * text, and a number formatted as a percentage its fraction marked as such, since 1 shown as
 * "100%" is a hundred per cent, not one). The limits of import-limits.ts are checked while reading. No parsing of numbers here:
 * that is core's `readImportTable`, the same for both. Runs in the import worker.
 */

import { Readable } from 'node:stream';
import type { ImportCell } from '@cds/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  declaredTooLarge,
  FileTooLarge,
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_SHARED_CHARS,
  MAX_SHARED_STRINGS,
  tooManyColumns,
  tooManyRows,
  tooManySharedStrings,
} from './import-limits.ts';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type FileKind = 'csv' | 'xlsx';

export class UnreadableFile extends Error {}

export function fileKind(contentType: string | undefined): FileKind | null {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (media === CSV_TYPE) return 'csv';
  if (media === XLSX_TYPE) return 'xlsx';
  return null;
}

/**
 * The records of a CSV text with LF line ends, counted the way RFC 4180 reads them (a line break
 * inside a quoted field is part of it): what papaparse must give, or rows were lost.
 */
function countRecords(text: string, delimiter: string): number {
  if (text === '') return 0;
  let records = 1;
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) quoted = true;
    else if (ch === '\n') records++;
    atFieldStart = ch === '\n' || text.startsWith(delimiter, i);
  }
  return records;
}

export function readCsvTable(bytes: Uint8Array): ImportCell[][] {
  // One line ending for the whole file: papaparse takes the first line's for every line, and a
  // CRLF header (as the template's) with LF rows would read as one row swallowing the rest.
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '');
  const parsed = Papa.parse<string[]>(text, { newline: '\n' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new UnreadableFile(`CSV line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const expected = countRecords(text, parsed.meta.delimiter);
  if (parsed.data.length !== expected)
    throw new UnreadableFile(`${expected} lines in the file but ${parsed.data.length} rows read`);
  if (parsed.data.length > MAX_ROWS + 1) throw tooManyRows();
  if (parsed.data.some((row) => row.length > MAX_COLUMNS)) throw tooManyColumns();
  return parsed.data.map((row) => (row.length === 1 && row[0] === '' ? [] : row));
}

/**
 * Whether a number format shows a percentage: a % outside quoted text and escapes ('0%',
 * '0.00%', '#,##0.0%'; not '0" %"' nor '0\\%', which write a literal sign after the number).
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

function cellValue(value: ExcelJS.CellValue, numFmt?: string): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return isPercentFormat(numFmt) ? { fraction: value } : value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue, numFmt);
  if ('text' in value) return String(value.text);
  if ('error' in value) return null;
  return null;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * The worksheet's XML passed through unchanged, its declared range (`<dimension ref="A1:XFD1048576"/>`,
 * written before the cells) checked against the limits first.
 */
async function* checkingDimension(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head = '';
  let checked = false;
  for await (const chunk of chunks) {
    if (!checked) {
      head += chunk.toString('latin1');
      const match = /<(?:\w+:)?dimension\s+ref="(([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?)"/.exec(head);
      if (match) {
        const [, ref = '', c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = match;
        const rows = Number(r2) - Number(r1) + 1;
        const columns = columnNumber(c2) - columnNumber(c1) + 1;
        if (rows > MAX_ROWS + 1 || columns > MAX_COLUMNS) throw declaredTooLarge(ref);
      }
      checked = !!match || head.includes('<sheetData') || head.length > 65_536;
    }
    yield chunk;
  }
}

type Shared = ExcelJS.CellValue;

/** The first worksheet, streamed: rows as they come, shared strings kept under the limits. */
export async function readXlsxTable(bytes: Uint8Array): Promise<ImportCell[][]> {
  // An XLSX is a zip: anything else is refused before the stream reader (which waits forever on an empty body).
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw new UnreadableFile('not an XLSX file (no zip signature)');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    // Styles are read for the cells' number formats (a percentage is stored as its fraction).
    { sharedStrings: 'emit', worksheets: 'emit', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' },
  );
  // exceljs resolves a cell's shared string from the reader's own list: it is this one, filled
  // here as the strings are read, under the limits.
  const shared: Shared[] = [];
  let sharedChars = 0;
  const table: ImportCell[][] = [];
  try {
    // exceljs yields a shared string as `{ index, text }`, a worksheet as `{ eventType, value }`.
    type Event = { eventType?: string; value?: unknown; index?: number; text?: Shared };
    for await (const event of reader.parse() as unknown as AsyncIterable<Event>) {
      if (event.index !== undefined) {
        const text = event.text ?? null;
        (reader as unknown as { sharedStrings?: Shared[] }).sharedStrings ??= shared;
        shared.push(text);
        sharedChars += typeof text === 'string' ? text.length : 0;
        if (shared.length > MAX_SHARED_STRINGS || sharedChars > MAX_SHARED_CHARS)
          throw tooManySharedStrings();
        continue;
      }
      if (event.eventType !== 'worksheet') continue;
      const sheet = event.value as ExcelJS.stream.xlsx.WorksheetReader & { iterator: AsyncIterable<Buffer> };
      sheet.iterator = checkingDimension(sheet.iterator);
      for await (const row of sheet) {
        if (row.number > MAX_ROWS + 1) throw tooManyRows();
        if (row.cellCount > MAX_COLUMNS) throw tooManyColumns();
        const cells: ImportCell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellValue(cell.value, cell.numFmt);
        });
        table[row.number - 1] = cells;
      }
      for (let i = 0; i < table.length; i++) table[i] ??= [];
      return table;
    }
  } catch (error) {
    if (error instanceof FileTooLarge) throw error;
    throw new UnreadableFile(error instanceof Error ? error.message : String(error));
  }
  throw new UnreadableFile('the workbook has no worksheet');
}

export async function readTable(kind: FileKind, bytes: Uint8Array): Promise<ImportCell[][]> {
  return kind === 'csv' ? readCsvTable(bytes) : readXlsxTable(bytes);
}
