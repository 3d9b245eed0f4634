/**
 * A table as CSV text that Excel opens right on a Vietnamese machine: a UTF-8 byte-order mark
 * (without it Excel reads "Sơn La" as "SÆ¡n La"), CRLF line ends (RFC 4180), a cell quoted when it
 * holds a comma, quote or line break. Numbers are written as JavaScript writes them (98.48):
 * a file is for computing, the screen is for reading.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * @example csvCell('Sơn La, Điện Biên') // '"Sơn La, Điện Biên"'
 * @example csvCell(null)                // ''
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = String(cell);
  // A leading = + − @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** @example csvText([['a', 'b'], [1, null]]) // '\uFEFFa,b\r\n1,\r\n' */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
