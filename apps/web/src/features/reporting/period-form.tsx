/**
 * A period's report as one form: the source typed once, a grid of every indicator due, and two
 * buttons. Unsaved edits survive a reload (`draft-store.ts`); the API's refusal is shown at the
 * fields it names, and the first of them takes the focus.
 */
import { figureFieldsSchema } from '@cds/core';
import { useEffect, useRef, useState } from 'react';
import { errorMessage, statusOf } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { schemaProblem } from '../../shared/forms/schema-problem.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { FormActions } from './form-actions.tsx';
import { type ApiIssue, issueRowKey, issuesOf, mapFormIssues, type SentRow } from './form-errors.ts';
import { FormOutcome, type Outcome } from './form-outcome.tsx';
import { FormSourceFields } from './form-source-fields.tsx';
import { formStanding } from './form-standing.ts';
import { formatDateTime } from './format-date.ts';
import type { PastePlan } from './paste-cells.ts';
import { ProposalBanner } from './proposal-banner.tsx';
import { ReportGrid } from './report-grid.tsx';
import { type PeriodFormView, useSavePeriodForm } from './reporting-queries.ts';
import { usePeriodForm } from './use-period-form.ts';

interface Props {
  form: PeriodFormView;
  indicators: readonly IndicatorView[];
  storageKey: string;
  /** Loads the form again (after a save refused because rows changed meanwhile). */
  onReload: () => Promise<PeriodFormView | undefined>;
}

export function PeriodForm({ form, indicators, storageKey, onReload }: Props) {
  const { t, locale } = useI18n();
  const model = usePeriodForm(form, indicators, storageKey, locale);
  const save = useSavePeriodForm(form.unitId, form.period);
  // The API's refusal is kept as it came and worded at each render: a switch of language rewords it.
  const [refusal, setRefusal] = useState<{ issues: ApiIssue[]; sent: SentRow[]; error: unknown } | null>(
    null,
  );
  const [lacksSource, setLacksSource] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pasted, setPasted] = useState<PastePlan | null>(null);
  const [pending, setPending] = useState<'save' | 'submit' | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const sourceInput = useRef<HTMLInputElement>(null);
  // The API's own rule for a report's source, said as it says it.
  const sourceRule = (value: string) => schemaProblem(figureFieldsSchema.shape.sourceRef, value, locale);
  const noticeBox = useRef<HTMLParagraphElement>(null);

  // After a refused save: the first field the API named, or the notice saying why.
  useEffect(() => {
    if (focusRequest === 0) return;
    const field = root.current?.querySelector<HTMLElement>('[data-api-error="true"]');
    const target = field ?? noticeBox.current;
    // Centred: the buttons kept at the bottom of the screen would hide a field scrolled just into view.
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    // Selected, so that typing the correction replaces what was refused.
    if (field instanceof HTMLInputElement) field.select();
  }, [focusRequest]);

  const hasUnread = model.rows.some((r) => r.isEditable && r.reading.isUnread);
  const canSave = form.canEdit && !hasUnread && model.changedCount > 0;
  const canSubmit =
    form.canEdit &&
    !hasUnread &&
    model.rows.some(
      (r) =>
        r.isEditable &&
        r.reading.hasText &&
        ((r.isDirty && r.proposal?.status !== 'proposed') || r.data.revision),
    );
  const reason =
    form.canEdit && hasUnread
      ? t('form.fixUnread')
      : form.canEdit && model.proposedCount > 0 && !canSubmit
        ? t('proposal.confirmFirst')
        : null;
  // One standing for the banner and the footer (and the heading's badge, from the same form).
  const standing = formStanding(
    form,
    model.rows.some((r) => r.isEditable && r.reading.hasText),
  );
  const hint = form.canEdit && standing.isNothingToSend ? t('form.nothingToSend') : null;

  const send = (submit: boolean) => {
    const { body, sent } = model.toSave(submit);
    const needsSource =
      sourceRule(body.sourceRef ?? '') !== null &&
      body.rows.some((r) => (r.value ?? r.numerator ?? r.denominator) !== null && !r.sourceRef);
    setLacksSource(needsSource);
    if (needsSource) {
      sourceInput.current?.focus();
      return;
    }
    setPending(submit ? 'submit' : 'save');
    setOutcome(null);
    setRefusal(null);
    setPasted(null);
    save.mutate(body, {
      onSuccess: (answer) => {
        model.clearSaved();
        setOutcome({ isSubmit: submit, ...answer });
      },
      onError: async (error) => {
        const issues = issuesOf(error);
        if (statusOf(error) === 409) {
          const fresh = await onReload();
          const stale = issues.map((i) => issueRowKey(i.field, sent)).filter((k): k is string => !!k);
          if (fresh) model.rebase(stale, fresh);
        }
        setRefusal({ issues, sent, error });
        setFocusRequest((n) => n + 1);
      },
      onSettled: () => setPending(null),
    });
  };

  /** A changed row's refusal no longer applies: it goes until the next save. */
  const clearRowErrors = (key: string) =>
    setRefusal(
      (prev) =>
        prev && { ...prev, issues: prev.issues.filter((i) => issueRowKey(i.field, prev.sent) !== key) },
    );

  const errors = mapFormIssues(refusal?.issues ?? [], refusal?.sent ?? [], locale);
  if (lacksSource)
    errors.form.sourceRef ??= `${t('sourceRequired')}: ${sourceRule(model.source.sourceRef ?? '') ?? ''}`;
  const notice = !refusal
    ? null
    : statusOf(refusal.error) === 409
      ? t('form.staleReloaded')
      : refusal.issues.length > 0
        ? t('form.errorsBelow')
        : errorMessage(refusal.error, locale);

  return (
    <div className="period-form" ref={root}>
      {outcome?.isSubmit && (
        <FormOutcome key={JSON.stringify(outcome)} outcome={outcome} standing={standing} />
      )}
      {notice && (
        <p ref={noticeBox} className="form-error form-notice" role="alert" tabIndex={-1}>
          {notice}
          {errors.form.message && ` ${errors.form.message}`}
        </p>
      )}
      {form.canEdit && (
        <ProposalBanner
          count={model.proposedCount}
          storageKey={storageKey}
          onConfirmAll={() => model.confirmProposals()}
        />
      )}
      {model.restored && model.proposedCount === 0 && (
        <p className="notice restored-notice">
          {t('form.restored', { n: model.restored.count, time: formatDateTime(model.restored.at, locale) })}{' '}
          <button type="button" className="link-button" onClick={model.clearEdits}>
            {t('form.discard')}
          </button>
        </p>
      )}
      <FormSourceFields
        sourceRef={model.source.sourceRef}
        sourceQuote={model.source.sourceQuote}
        onChange={(field, text) => {
          model.setSource(field, text);
          if (field === 'sourceRef') setLacksSource(false);
          setRefusal(
            (prev) =>
              prev && {
                ...prev,
                issues: prev.issues.filter((i) => i.field !== field && !i.field.endsWith(`.${field}`)),
              },
          );
        }}
        errors={errors.form}
        isDisabled={!form.canEdit}
        inputRef={sourceInput}
      />
      {form.canEdit && (
        <p className="muted form-help">
          {t('form.keys')} {t('entry.numbersHelp')}
        </p>
      )}
      <p className="paste-status" role="status">
        {pasted &&
          `${t('form.pasted', { cells: pasted.cells, rows: pasted.rows })}${
            pasted.skipped > 0 ? ` ${t('form.pastedSkipped', { n: pasted.skipped })}` : ''
          }`}
      </p>
      <ReportGrid
        model={{
          ...model,
          setText: (key, patch) => {
            model.setText(key, patch);
            clearRowErrors(key);
          },
        }}
        errors={errors}
        onPasted={(plan) => {
          setPasted(plan);
          for (const key of new Set(plan.changes.map((c) => c.key))) clearRowErrors(key);
        }}
      />
      {form.canEdit && (
        <FormActions
          filled={model.rows.filter((r) => r.reading.hasText).length}
          due={model.rows.length}
          changed={model.changedCount}
          reason={reason}
          saved={
            outcome && !outcome.isSubmit
              ? t('form.saved', { written: outcome.written, unchanged: outcome.unchanged })
              : null
          }
          hint={hint}
          standing={standing}
          canSave={canSave}
          canSubmit={canSubmit}
          pending={pending}
          onSave={() => send(false)}
          onSubmit={() => send(true)}
        />
      )}
    </div>
  );
}
