/**
 * What one imported file may hold, checked while it is read (in the import worker), so that a
 * file built to be expensive is refused early instead of read whole: the README states the same
 * numbers. A file over a limit gets a 413 naming the limit; an error answer lists at most
 * `MAX_LISTED_ISSUES` problems and says how many there are.
 */
import type { Bilingual } from '@cds/core';

/** Rows of figures (the header not counted): twice the 100,000 of the import bench. */
export const MAX_ROWS = 200_000;
/** Columns of any row: the template has 12; room for a spreadsheet's own notes. */
export const MAX_COLUMNS = 50;
/** Distinct texts an XLSX's shared-strings part may hold, and their characters together. */
export const MAX_SHARED_STRINGS = 500_000;
export const MAX_SHARED_CHARS = 20_000_000;
/** Problems an answer lists (the count says how many more there are). */
export const MAX_LISTED_ISSUES = 50;
/** Reading and checking one file in the worker: longer than this and it is stopped (413). */
export const MAX_READ_MS = 60_000;
/** The worker's heap: a file needing more is refused (413), the server goes on. */
export const WORKER_HEAP_MB = 384;

const n = (x: number) => x.toLocaleString('vi-VN');
const e = (x: number) => x.toLocaleString('en');

/** A file over one of the limits: answered 413 with the message. */
export class FileTooLarge extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en);
  }
}

export const tooManyRows = () =>
  new FileTooLarge({
    vi: `Tệp có quá ${n(MAX_ROWS)} dòng số liệu; hãy chia thành nhiều tệp`,
    en: `The file has more than ${e(MAX_ROWS)} rows of figures; split it into several files`,
  });

export const tooManyColumns = () =>
  new FileTooLarge({
    vi: `Tệp có dòng quá ${MAX_COLUMNS} cột; hãy dùng biểu mẫu tải về`,
    en: `A row of the file has more than ${MAX_COLUMNS} columns; use the downloadable template`,
  });

export const declaredTooLarge = (ref: string) =>
  new FileTooLarge({
    vi: `Trang tính khai báo vùng ${ref}, quá ${n(MAX_ROWS)} dòng hoặc ${MAX_COLUMNS} cột`,
    en: `The worksheet declares the range ${ref}, over ${e(MAX_ROWS)} rows or ${MAX_COLUMNS} columns`,
  });

export const tooManySharedStrings = () =>
  new FileTooLarge({
    vi: `Tệp Excel chứa quá ${n(MAX_SHARED_STRINGS)} chuỗi văn bản hoặc ${n(MAX_SHARED_CHARS)} ký tự`,
    en: `The Excel file holds more than ${e(MAX_SHARED_STRINGS)} texts or ${e(MAX_SHARED_CHARS)} characters`,
  });

export const tooCostly = () =>
  new FileTooLarge({
    vi: `Tệp quá lớn để đọc (quá ${MAX_READ_MS / 1000} giây hoặc ${WORKER_HEAP_MB} MB); hãy chia thành nhiều tệp`,
    en: `The file is too large to read (over ${MAX_READ_MS / 1000} s or ${WORKER_HEAP_MB} MB); split it into several files`,
  });
