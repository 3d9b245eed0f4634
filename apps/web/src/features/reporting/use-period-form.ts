/**
 * The period form's state: each row's text over what the API loaded, read as the person types,
 * checked (figure rules and plausibility, both from @cds/core) and kept in the browser until
 * saved (`draft-store.ts`). Rows come in the order shown: by indicator family, then as the API
 * lists them; pasting and Enter follow that order.
 */
import {
  FAMILIES,
  type IndicatorUnit,
  type Locale,
  type PlausibilityFlag,
  plausibilityFlags,
  validateFigure,
} from '@cds/core';
import { useEffect, useMemo, useState } from 'react';
import { nowIso } from '../../shared/clock.ts';
import {
  hasEdits,
  keepEdits,
  type LocalEdits,
  loadEdits,
  type ReportProposal,
} from '../../shared/drafts/draft-store.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import type { PasteChange } from './paste-cells.ts';
import type { FormRowView, PeriodFormView } from './reporting-queries.ts';
import {
  basisOf,
  initialRowText,
  type RowReading,
  type RowText,
  readRow,
  retypeRow,
  sameText,
} from './row-text.ts';
import { saveBody } from './save-body.ts';

export type FigureField = 'value' | 'numerator' | 'denominator';

export interface FormRowModel {
  key: string;
  indicator: IndicatorView;
  unit: IndicatorUnit;
  data: FormRowView;
  text: RowText;
  reading: RowReading;
  /** Staff may change it: the form is theirs and the row is not waiting for review. */
  isEditable: boolean;
  /** Changed here and not saved yet. */
  isDirty: boolean;
  /** Filled from a report (`features/extraction`): its sentence, and whether staff confirmed it. */
  proposal: ReportProposal | null;
  /** The figure's own problems (numerator above denominator, …), by field, as typed. */
  issues: Partial<Record<FigureField, string>>;
  /** Why the figure looks like a slip, compared with the province's own earlier figures. */
  flags: PlausibilityFlag[];
}

const emptyEdits = (locale: Locale): LocalEdits => ({ locale, rows: {}, keptAt: nowIso() });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function usePeriodForm(
  form: PeriodFormView,
  indicators: readonly IndicatorView[],
  storageKey: string,
  locale: Locale,
) {
  const byKey = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators]);
  const [kept] = useState(() => {
    const store = storage();
    return store ? loadEdits(store, storageKey) : null;
  });
  const [edits, setEdits] = useState<LocalEdits>(kept ?? emptyEdits(locale));
  const [restoredAt, setRestoredAt] = useState(kept && hasEdits(kept) ? kept.keptAt : null);
  const restoredCount = kept
    ? Object.keys(kept.rows).length + (kept.sourceRef !== undefined || kept.sourceQuote !== undefined ? 1 : 0)
    : 0;

  const unitOf = (key: string) => (byKey.get(key)?.unit ?? 'count') as IndicatorUnit;
  const initialOf = (data: FormRowView) => initialRowText(data, unitOf(data.indicator), form, locale);
  const dataOf = (key: string) => form.rows.find((r) => r.indicator === key);

  // Typed text means another number in the other language: rewrite it when the language changes.
  if (edits.locale !== locale) {
    const rows = Object.fromEntries(
      Object.entries(edits.rows).map(([key, edit]) => [
        key,
        { ...edit, text: retypeRow(edit.text, unitOf(key), edits.locale, locale) },
      ]),
    );
    setEdits({ ...edits, locale, rows });
  }

  useEffect(() => {
    const store = storage();
    if (store) keepEdits(store, storageKey, edits);
  }, [edits, storageKey]);

  const rows = useMemo(
    () =>
      FAMILIES.flatMap((family) =>
        form.rows.filter((data) => byKey.get(data.indicator)?.family === family),
      ).map((data): FormRowModel => {
        const indicator = byKey.get(data.indicator) as IndicatorView;
        const unit = indicator.unit as IndicatorUnit;
        const initial = initialRowText(data, unit, form, locale);
        const isEditable = form.canEdit && data.status !== 'submitted';
        // Edits kept for a row sent for review meanwhile (from another tab) wait: the row shows the server's.
        const edit = isEditable ? edits.rows[data.indicator] : undefined;
        const text = edit?.text ?? initial;
        const reading = readRow(text, unit, locale);
        const isChecked = reading.hasText && !reading.isUnread;
        const issues: FormRowModel['issues'] = {};
        if (isChecked)
          for (const issue of validateFigure({ unit, max: indicator.max }, reading.figure))
            issues[issue.field] ??= issue.message[locale];
        return {
          key: data.indicator,
          indicator,
          unit,
          data,
          text,
          reading,
          isEditable,
          isDirty: !!edit && !sameText(edit.text, initial),
          proposal: edit?.proposal ?? null,
          issues,
          flags:
            isChecked && reading.shownValue !== null
              ? plausibilityFlags({
                  unit,
                  value: reading.shownValue,
                  history: data.history,
                  isAgainstDemo: data.isHistoryDemo,
                })
              : [],
        };
      }),
    [form, byKey, edits, locale],
  );

  const source = {
    sourceRef: edits.sourceRef ?? form.sourceRef ?? '',
    sourceQuote: edits.sourceQuote ?? form.sourceQuote ?? '',
  };

  /** Changes several fields of several rows at once (a paste); a row typed back to what it was is no longer an edit. */
  const change = (changes: readonly { key: string; patch: Partial<RowText> }[]) =>
    setEdits((prev) => {
      const next = { ...prev.rows };
      for (const { key, patch } of changes) {
        const data = dataOf(key);
        if (!data) continue;
        const initial = initialOf(data);
        const text = { ...(next[key]?.text ?? initial), ...patch };
        const proposal = next[key]?.proposal;
        if (sameText(text, initial)) delete next[key];
        else next[key] = { text, basis: next[key]?.basis ?? basisOf(data), ...(proposal && { proposal }) };
      }
      return { ...prev, rows: next, keptAt: nowIso() };
    });

  const setText = (key: string, patch: Partial<RowText>) => change([{ key, patch }]);

  const applyPaste = (changes: readonly PasteChange[]) =>
    change(changes.map((c) => ({ key: c.key, patch: { [c.field]: c.text } })));

  const setSource = (field: 'sourceRef' | 'sourceQuote', text: string) =>
    setEdits((prev) => {
      const next = { ...prev, keptAt: nowIso() };
      if (text === (form[field] ?? '')) delete next[field];
      else next[field] = text;
      return next;
    });

  /** Staff confirm rows filled from a report (all of them when no key is given): they are sent with the next save. */
  const confirmProposals = (keys?: readonly string[]) =>
    setEdits((prev) => {
      const next = { ...prev.rows };
      for (const [key, edit] of Object.entries(next))
        if (edit.proposal?.status === 'proposed' && (!keys || keys.includes(key)))
          next[key] = { ...edit, proposal: { ...edit.proposal, status: 'confirmed' } };
      return { ...prev, rows: next, keptAt: nowIso() };
    });

  /** Staff reject a row filled from a report: it goes back to what it held before. */
  const rejectProposal = (key: string) =>
    setEdits((prev) => {
      const { [key]: _rejected, ...rows } = prev.rows;
      return { ...prev, rows, keptAt: nowIso() };
    });

  /** Forgets every unsaved edit (when the person discards them). */
  const clearEdits = () => {
    setEdits(emptyEdits(locale));
    setRestoredAt(null);
  };

  /** After a save: what was sent is stored; rows from a report not yet confirmed wait on. */
  const clearSaved = () => {
    setEdits((prev) => ({
      ...emptyEdits(locale),
      rows: Object.fromEntries(
        Object.entries(prev.rows).filter(([, edit]) => edit.proposal?.status === 'proposed'),
      ),
    }));
    setRestoredAt(null);
  };

  /** Edits kept over rows that changed meanwhile now stand over the rows as reloaded. */
  const rebase = (keys: readonly string[], fresh: PeriodFormView) =>
    setEdits((prev) => {
      const next = { ...prev.rows };
      for (const key of keys) {
        const data = fresh.rows.find((r) => r.indicator === key);
        const edit = next[key];
        if (data && edit) next[key] = { ...edit, basis: basisOf(data) };
      }
      return { ...prev, rows: next };
    });

  /** The form as the API takes it (`save-body.ts`). */
  const toSave = (submit: boolean) =>
    saveBody(
      rows.map((r) => ({
        key: r.key,
        // A row from a report not yet confirmed is never sent.
        isEditable: r.isEditable && r.proposal?.status !== 'proposed',
        isDirty: r.isDirty,
        isOpen: r.data.revision?.status === 'draft' || r.data.revision?.status === 'returned',
        figure: r.reading.figure,
        text: r.text,
        basis: edits.rows[r.key]?.basis ?? basisOf(r.data),
      })),
      source,
      submit,
    );

  const isProposed = (r: FormRowModel) => r.isEditable && r.isDirty && r.proposal?.status === 'proposed';
  const proposedCount = rows.filter(isProposed).length;
  const changedCount =
    rows.filter((r) => r.isDirty && !isProposed(r)).length +
    (edits.sourceRef !== undefined || edits.sourceQuote !== undefined ? 1 : 0);

  return {
    rows,
    source,
    setText,
    applyPaste,
    setSource,
    clearEdits,
    clearSaved,
    confirmProposals,
    rejectProposal,
    proposedCount,
    rebase,
    toSave,
    changedCount,
    restored: restoredAt ? { at: restoredAt, count: restoredCount } : null,
    dismissRestored: () => setRestoredAt(null),
  };
}

export type PeriodFormModel = ReturnType<typeof usePeriodForm>;
