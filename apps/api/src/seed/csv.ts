/** Reads the reference CSV files shipped under `data/`. Codes stay text: `01` is not `1`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

export function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(`${DATA_DIR}${name}`, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
    transform: (v) => v.normalize('NFC').trim(),
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${name}: row ${first?.row}: ${first?.message}`);
  }
  return parsed.data;
}

/** A required column, or a loud failure naming the file and row: reference data must be whole. */
export function field(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`missing column ${column} in ${JSON.stringify(row)}`);
  return value;
}

export function optionalNumber(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`"${value}" is not a number`);
  return n;
}
