/**
 * A table (header row first) as a CSV (core's writer: a byte-order mark so Excel reads the
 * diacritics, formulas defused, as the web's downloads) or an XLSX file. Numbers arrive rounded
 * to what the screen shows (`roundAsShown`).
 */
import { csvText } from '@cds/core';
import ExcelJS from 'exceljs';

export type Table = (string | number | null)[][];

export function csvBytes(table: Table): Uint8Array {
  return new TextEncoder().encode(csvText(table));
}

export async function xlsxBytes(table: Table, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) sheet.addRow(row.map((c) => c ?? null));
  sheet.getRow(1).font = { bold: true };
  table[0]?.forEach((_, i) => {
    const width = Math.min(
      60,
      Math.max(10, ...table.slice(0, 200).map((r) => String(r[i] ?? '').length + 2)),
    );
    sheet.getColumn(i + 1).width = width;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
