/**
 * One uploaded file read and checked, as the import worker does it: the table read (under the
 * limits), every row checked by core's `readImportTable`, the problems sorted by line and listed
 * up to `MAX_LISTED_ISSUES` with their count. Plain data in and out, so that it crosses to and
 * from the worker thread.
 */
import {
  type EntryUnit,
  type ImportIssue,
  type ImportRow,
  type Indicator,
  type Locale,
  readImportTable,
} from '@cds/core';
import { FileTooLarge, MAX_LISTED_ISSUES } from './import-limits.ts';
import { type FileKind, readTable, UnreadableFile } from './read-table.ts';

export interface UploadJob {
  kind: FileKind;
  bytes: Uint8Array;
  indicators: readonly Indicator[];
  units: readonly (EntryUnit & { id: string })[];
  locale: Locale;
  today: string;
  defaultSource: string | null;
  /** The period the import is for, when the caller says: rows of another are problems. */
  period: string | null;
}

export type UploadChecked =
  | {
      ok: true;
      /** Lines of the file, header included. */
      lines: number;
      rows: ImportRow[];
      skipped: number;
      issueCount: number;
      /** The first problems by line, at most MAX_LISTED_ISSUES. */
      issues: ImportIssue[];
    }
  | { ok: false; status: 400 | 413; code: string; message: { vi: string; en: string } };

export async function checkUpload(job: UploadJob): Promise<UploadChecked> {
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(job.kind, job.bytes);
  } catch (error) {
    if (error instanceof FileTooLarge)
      return { ok: false, status: 413, code: 'file_too_large', message: error.bilingual };
    if (!(error instanceof UnreadableFile)) throw error;
    const kind = job.kind.toUpperCase();
    // The reader's own words, cut short: never a piece of the file echoed at length.
    const why = error.message.slice(0, 300);
    return {
      ok: false,
      status: 400,
      code: 'unreadable_file',
      message: { vi: `Không đọc được tệp ${kind}: ${why}`, en: `Cannot read the ${kind} file: ${why}` },
    };
  }
  const read = readImportTable(table, {
    indicators: new Map(job.indicators.map((i) => [i.key, i])),
    units: new Map(job.units.map((u) => [u.id, u])),
    locale: job.locale,
    today: job.today,
    defaultSource: job.defaultSource,
    period: job.period,
  });
  const issues = read.issues.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    lines: table.length,
    rows: read.rows,
    skipped: read.skipped,
    issueCount: issues.length,
    issues: issues.slice(0, MAX_LISTED_ISSUES),
  };
}
