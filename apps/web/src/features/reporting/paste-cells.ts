/**
 * Pasting into the period form: a column (or a block of rows × columns) copied from Excel or
 * Google Sheets fills the form's rows from the field pasted into, the way a spreadsheet would.
 *
 * 1. **Cells.** Spreadsheets copy rows separated by line breaks and cells by tabs; a cell holding
 *    a line break or a tab is quoted ("…", quotes inside doubled). A trailing line break (Excel
 *    always adds one) ends the block, it is not an empty last row.
 * 2. **Where cells go.** Row r, column c of the block goes to the r-th row of the form after the
 *    one pasted into, and to the c-th text field after the one pasted into, in PASTE_FIELDS
 *    order. Rows are counted in the form's order, read-only ones included, so that a sheet
 *    listing every indicator stays lined up; a cell landing on a read-only row or on a field
 *    the row does not have (a numerator of a count) is left out and counted, never moved.
 * 3. **Fractions.** "212/216" pasted into a percentage's value fills its numerator and
 *    denominator (see `spreadFraction`).
 */
import type { Locale } from '@cds/core';
import { spreadFraction } from './row-text.ts';

/** The form's text fields, in the order a pasted block's columns fill them. */
export const PASTE_FIELDS = ['value', 'numerator', 'denominator', 'note'] as const;
export type PasteField = (typeof PASTE_FIELDS)[number];

/**
 * Rule 1: the cells of pasted text, row by row; null when it is a single cell (a plain paste).
 * @example splitCells('98,15\n212/216\n') // [['98,15'], ['212/216']]
 * @example splitCells('1\t2\r\n3\t4')     // [['1', '2'], ['3', '4']]
 * @example splitCells('500.000')          // null
 */
export function splitCells(text: string): string[][] | null {
  const rows: string[][] = [[]];
  let cell = '';
  let i = 0;
  const endCell = () => {
    (rows.at(-1) as string[]).push(cell);
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && cell === '') {
      // A quoted cell runs to the next lone quote.
      let j = i + 1;
      let quoted = '';
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else quoted += text[j++];
      }
      if (j < text.length) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // No closing quote: the quote was just a character.
    }
    if (ch === '\t') endCell();
    else if (ch === '\n' || ch === '\r') {
      endCell();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.push([]);
    } else cell += ch;
    i++;
  }
  endCell();
  // Rule 1: the line break after the last row ends the block.
  const last = rows.at(-1) as string[];
  if (rows.length > 1 && last.length === 1 && last[0] === '') rows.pop();
  if (rows.length === 1 && (rows[0] as string[]).length === 1) return null;
  return rows.map((r) => r.map((c) => c.trim()));
}

/** What the paste needs to know of each row of the form, in the form's order. */
export interface PasteRow {
  key: string;
  /** The row's text fields (a count has no numerator). */
  fields: readonly PasteField[];
  isEditable: boolean;
  isPercent: boolean;
}

export interface PasteChange {
  key: string;
  field: PasteField;
  text: string;
}

export interface PastePlan {
  changes: PasteChange[];
  /** Cells placed. */
  cells: number;
  /** Rows that received at least one cell. */
  rows: number;
  /** Cells left out: on read-only rows, on fields a row does not have, or past the last row. */
  skipped: number;
}

/**
 * Rules 2 and 3: where each cell of the block goes, starting at `start` (a row key and a field).
 * @example planPaste([['1'], ['2']], { key: 'a', field: 'value' }, rows, 'vi') // a.value = 1, b.value = 2
 */
export function planPaste(
  cells: readonly (readonly string[])[],
  start: { key: string; field: PasteField },
  rows: readonly PasteRow[],
  locale: Locale,
): PastePlan {
  const first = rows.findIndex((r) => r.key === start.key);
  const firstColumn = PASTE_FIELDS.indexOf(start.field);
  const changes: PasteChange[] = [];
  const filled = new Set<string>();
  let placed = 0;
  let skipped = 0;
  cells.forEach((line, r) => {
    const row = first < 0 ? undefined : rows[first + r];
    line.forEach((text, c) => {
      const field = PASTE_FIELDS[firstColumn + c];
      if (!row || !field || !row.isEditable || !row.fields.includes(field)) {
        skipped++;
        return;
      }
      filled.add(row.key);
      placed++;
      const parts = field === 'value' && row.isPercent ? spreadFraction(text, locale) : null;
      if (parts) {
        changes.push(
          { key: row.key, field: 'value', text: '' },
          { key: row.key, field: 'numerator', text: parts.numerator },
          { key: row.key, field: 'denominator', text: parts.denominator },
        );
      } else changes.push({ key: row.key, field, text });
    });
  });
  return { changes, cells: placed, rows: filled.size, skipped };
}
