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

/**
 * Reads CSV text into rows of cells: the reader for reference data that core receives as text
 * (the API reads the file; core never touches the disk). Quoted cells may hold commas, quotes
 * ("") and line breaks; a leading byte-order mark and CRLF or LF line ends are accepted; blank
 * lines are skipped. Cells are not trimmed or converted: `01` stays text.
 * @example parseCsvText('a,b\r\n"x, y",2\n') // [['a', 'b'], ['x, y', '2']]
 */
export function parseCsvText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (isQuoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') endRow();
    else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** {@link parseCsvText} with the first row as the header: one record per row, keyed by column. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsvText(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
