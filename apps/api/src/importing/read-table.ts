/**
 * A CSV or XLSX file as a table of cells, header row first: papaparse for CSV (its delimiter
 * detected, a byte-order mark dropped), exceljs for XLSX (the first worksheet; formulas give
 * their result, rich text its plain text). No parsing of numbers here: that is core's
 * `readImportTable`, the same for both.
 */

import type { ImportCell } from '@cds/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

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

export function readCsvTable(bytes: Uint8Array): ImportCell[][] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new UnreadableFile(`CSV line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return parsed.data;
}

function cellValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return null;
  return null;
}

export async function readXlsxTable(bytes: Uint8Array): Promise<ImportCell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new UnreadableFile(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('the workbook has no worksheet');
  const table: ImportCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return table;
}

export async function readTable(kind: FileKind, bytes: Uint8Array): Promise<ImportCell[][]> {
  return kind === 'csv' ? readCsvTable(bytes) : readXlsxTable(bytes);
}
