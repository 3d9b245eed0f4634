/**
 * The API's refusal of a form, put back where the person can fix it. The API names each problem's
 * field by its place in what was sent (`rows.3.numerator`, `decisions.0.revisionId`); the form
 * sends only some of its rows, so the place is mapped back through the rows sent.
 *
 * 1. `rows.i.value|numerator|denominator|note` → that field of the i-th row sent;
 *    `rows.i.rankedOf` and `rows.i.qualifier` → its value field (they are typed there).
 * 2. `rows.i.sourceRef|sourceQuote` → the row's own source if it gave one, else the form's
 *    source (the form's source is what the row used).
 * 3. `rows.i.indicatorKey` (not due, or changed by someone else meanwhile) → the row as a whole.
 * 4. Anything else (`sourceRef` of the form, an unknown place) → the form.
 * Several problems at one place are joined with "; ".
 */
import type { Bilingual, Locale } from '@cds/core';

export interface ApiIssue {
  field: string;
  code?: string;
  message: Bilingual;
}

export type RowErrorField =
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'note'
  | 'sourceRef'
  | 'sourceQuote'
  | 'row';

export interface FormErrors {
  /** The form's own fields, and problems that belong to no field (`message`). */
  form: Partial<Record<'sourceRef' | 'sourceQuote' | 'message', string>>;
  /** By indicator key. */
  rows: Record<string, Partial<Record<RowErrorField, string>>>;
}

export const NO_ERRORS: FormErrors = { form: {}, rows: {} };

/** What the mapping needs of each row sent, in the order sent. */
export interface SentRow {
  key: string;
  hasOwnSource: boolean;
}

const ROW_FIELD: Record<string, RowErrorField> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
  rankedOf: 'value',
  qualifier: 'value',
  indicatorKey: 'row',
};

function add<K extends PropertyKey>(into: Partial<Record<K, string>>, key: K, message: string) {
  const before = into[key];
  if (before === undefined) into[key] = message;
  else if (!before.split('; ').includes(message)) into[key] = `${before}; ${message}`;
}

/**
 * Rules 1–4.
 * @example mapFormIssues([{ field: 'rows.1.numerator', message }], [{ key: 'a' }, { key: 'b' }], 'vi')
 * // { form: {}, rows: { b: { numerator: message.vi } } }
 */
export function mapFormIssues(
  issues: readonly ApiIssue[],
  sent: readonly SentRow[],
  locale: Locale,
): FormErrors {
  const out: FormErrors = { form: {}, rows: {} };
  const rowErrors = (key: string) => {
    out.rows[key] = out.rows[key] ?? {};
    return out.rows[key];
  };
  for (const issue of issues) {
    const message = issue.message[locale];
    const match = /^rows\.(\d+)\.(\w+)$/.exec(issue.field);
    const row = match ? sent[Number(match[1])] : undefined;
    const field = match?.[2] ?? '';
    if (!row) {
      add(
        out.form,
        issue.field === 'sourceRef' || issue.field === 'sourceQuote' ? issue.field : 'message',
        message,
      );
      continue;
    }
    if (field === 'sourceRef' || field === 'sourceQuote') {
      // Rule 2: the form's source is shown once, however many rows lacked it.
      if (row.hasOwnSource) add(rowErrors(row.key), field, message);
      else out.form[field] ??= message;
      continue;
    }
    add(rowErrors(row.key), ROW_FIELD[field] ?? 'row', message);
  }
  return out;
}

/**
 * A reviewer's refused decisions, by revision id (`decisions.i.…` → the i-th decision sent);
 * problems of no decision under `form`.
 */
export function mapDecisionIssues(
  issues: readonly ApiIssue[],
  sent: readonly number[],
  locale: Locale,
): { form: string | null; byRevision: Record<number, string> } {
  const byRevision: Record<number, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const match = /^decisions\.(\d+)\./.exec(issue.field);
    const id = match ? sent[Number(match[1])] : undefined;
    if (id === undefined) general.push(issue.message[locale]);
    else add(byRevision, id, issue.message[locale]);
  }
  return { form: general.length ? general.join('; ') : null, byRevision };
}

/** The key of the row an issue is about (`rows.i.…`), or null for the form's own. */
export function issueRowKey(field: string, sent: readonly SentRow[]): string | null {
  const match = /^rows\.(\d+)\./.exec(field);
  return (match && sent[Number(match[1])]?.key) ?? null;
}

/** The issues of a refused request (`{ error: { issues } }`), empty when it has none. */
export function issuesOf(error: unknown): ApiIssue[] {
  const detail = (error as { detail?: { data?: { error?: { issues?: ApiIssue[] } } } } | null)?.detail;
  return detail?.data?.error?.issues ?? [];
}
