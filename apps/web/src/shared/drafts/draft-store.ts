/**
 * Unsaved edits of a period form kept in the browser (localStorage), one entry per user × unit ×
 * period, so that nothing typed is lost to a reload, a closed tab or a lost session. Saving the
 * form clears the entry. What is kept is the text as typed, the language it was typed in (the
 * same text means another number in the other language) and, per row, the revision it was
 * edited from, so the API refuses an edit made over a figure that changed since.
 */
import type { Locale, Qualifier } from '@cds/core';

/** One row of the period form as the person typed it, in the form's language. */
export interface RowText {
  value: string;
  numerator: string;
  denominator: string;
  qualifier: Qualifier;
  note: string;
  /** The row's own source, where it differs from the form's; blank for the form's. */
  sourceRef: string;
  sourceQuote: string;
}

export const BLANK_ROW: RowText = {
  value: '',
  numerator: '',
  denominator: '',
  qualifier: 'exact',
  note: '',
  sourceRef: '',
  sourceQuote: '',
};

/** The open revision a row was edited from: echoed to the API, which refuses a save over a newer one. */
export interface Basis {
  revisionId: number;
  version: number;
}

/**
 * A row filled from a report (`features/extraction`): the sentence it came from and whether staff
 * confirmed it. A row still `proposed` is shown with its sentence and is never sent: nothing from a
 * report is stored until a person confirms it.
 */
export interface ReportProposal {
  kind: 'figure' | 'derived';
  /** The words of the report that state the figure, exactly as written. */
  quote: string;
  /** The sentence around them. */
  sentence: string;
  report: { title: string; date: string | null };
  status: 'proposed' | 'confirmed';
}

export interface RowEdit {
  text: RowText;
  basis: Basis | null;
  proposal?: ReportProposal;
}

export interface LocalEdits {
  locale: Locale;
  /** The form's source as edited; absent when untouched. */
  sourceRef?: string;
  sourceQuote?: string;
  rows: Record<string, RowEdit>;
  /** When the edits were last kept (ISO). */
  keptAt: string;
}

export const draftKey = (login: string, unitId: string, period: string) =>
  `cds.period-form.${login}.${unitId}.${period}`;

export const hasEdits = (edits: LocalEdits) =>
  Object.keys(edits.rows).length > 0 || edits.sourceRef !== undefined || edits.sourceQuote !== undefined;

/** The edits kept under `key`, or null (none, or unreadable: a broken entry is dropped, not shown). */
export function loadEdits(storage: Pick<Storage, 'getItem' | 'removeItem'>, key: string): LocalEdits | null {
  try {
    const text = storage.getItem(key);
    if (!text) return null;
    const edits = JSON.parse(text) as LocalEdits;
    if ((edits.locale !== 'vi' && edits.locale !== 'en') || typeof edits.rows !== 'object' || !edits.rows)
      throw new Error('not a kept form');
    return edits;
  } catch {
    storage.removeItem(key);
    return null;
  }
}

/** Keeps the edits, or forgets them when there are none. A full storage loses nothing already shown. */
export function keepEdits(storage: Pick<Storage, 'setItem' | 'removeItem'>, key: string, edits: LocalEdits) {
  try {
    if (hasEdits(edits)) storage.setItem(key, JSON.stringify(edits));
    else storage.removeItem(key);
  } catch {
    // Storage full or disabled (private mode): the edits stay on screen until saved.
  }
}
