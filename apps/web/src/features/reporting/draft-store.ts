/**
 * Unsaved edits of a period form kept in the browser (localStorage), one entry per user × unit ×
 * period, so that nothing typed is lost to a reload, a closed tab or a lost session. Saving the
 * form clears the entry. What is kept is the text as typed, the language it was typed in (the
 * same text means another number in the other language) and, per row, the revision it was
 * edited from, so the API refuses an edit made over a figure that changed since.
 */
import type { Locale } from '@cds/core';
import type { Basis, RowText } from './row-text.ts';

export interface RowEdit {
  text: RowText;
  basis: Basis | null;
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
