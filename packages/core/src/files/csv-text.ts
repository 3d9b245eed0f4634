/**
 * A table as CSV text that Excel opens right on a Vietnamese machine: a UTF-8 byte-order mark
 * (without it Excel reads "Sơn La" as "SÆ¡n La"), CRLF line ends (RFC 4180), a cell quoted when it
 * holds a comma, quote or line break, and text a spreadsheet would run as a formula defused. The
 * one CSV writer of the API's exports and the web's chart and table downloads. Numbers are
 * written as JavaScript writes them (98.48), so round them first (`roundAsShown`).
 */

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * Text as a spreadsheet must read it: a leading = + - @, tab or carriage return would make Excel
 * or LibreOffice run the cell as a formula (CSV injection), so it gets a leading apostrophe.
 * A number written as text ("-5", "+84") is left alone: it is no formula.
 * @example neutraliseFormula('=HYPERLINK("x")') // '\'=HYPERLINK("x")'
 * @example neutraliseFormula('-5')              // '-5'
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
}

/**
 * @example csvCell('Sơn La, Điện Biên') // '"Sơn La, Điện Biên"'
 * @example csvCell(null)                // ''
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = neutraliseFormula(String(cell));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** @example csvText([['a', 'b'], [1, null]]) // '\uFEFFa,b\r\n1,\r\n' */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
