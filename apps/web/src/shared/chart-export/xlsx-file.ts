/**
 * Sheets as an .xlsx file, with numbers as numbers (Excel formats them in the reader's locale).
 * exceljs is loaded only when a file is asked for: it is larger than the rest of the page.
 */
import type { CsvCell } from '@cds/core';

export interface Sheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules; cut and replaced here). */
  name: string;
  rows: readonly (readonly CsvCell[])[];
}

export async function xlsxBlob(sheets: readonly Sheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    for (const row of sheet.rows) ws.addRow(row.map((cell) => (cell === undefined ? null : cell)));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((column, i) => {
      const widest = Math.max(...sheet.rows.map((r) => String(r[i] ?? '').length));
      column.width = Math.min(48, Math.max(8, widest + 2));
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
