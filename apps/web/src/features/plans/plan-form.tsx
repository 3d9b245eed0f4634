/**
 * Adding or changing one plan: indicator, period of the year, the plan's figure and its source
 * document; or, in the "derived" mode, the actual figure and the report's sentence ("vượt 8% so
 * với kế hoạch"), with the plan they imply shown as they are typed (plan-value.ts) and sent as
 * derived. Numbers are read the way the interface language writes them.
 */
import {
  COMPARATORS,
  type Comparator,
  formatForEntry,
  formatIndicatorValue,
  makePeriod,
  PERIOD_TYPES,
  type PeriodType,
  parsePeriod,
  targetWriteSchema,
} from '@cds/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage, fieldErrors } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { schemaProblem } from '../../shared/forms/schema-problem.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { type PlanDraft, type PlanMode, type PlanProblem, planValue, readDerivation } from './plan-value.ts';
import { type PlanView, useSavePlan } from './plans-queries.ts';

const COUNT: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };

interface Props {
  unitId: string;
  year: number;
  indicators: readonly IndicatorView[];
  /** The plan being changed; none for a new one. */
  plan: PlanView | null;
  onSaved: () => void;
  onCancel: () => void;
}

export function PlanForm({ unitId, year, indicators, plan, onSaved, onCancel }: Props) {
  const { t, locale, name } = useI18n();
  const id = useId();
  const save = useSavePlan();
  const period = plan ? parsePeriod(plan.period) : null;
  const derivation = readDerivation(plan?.derivation ?? null);
  const [indicatorKey, setIndicatorKey] = useState(plan?.indicatorKey ?? indicators[0]?.key ?? '');
  const [type, setType] = useState<PeriodType>(period?.type ?? 'year');
  const [index, setIndex] = useState(period?.index ?? 1);
  const [source, setSource] = useState(plan?.source ?? '');
  /** Chosen, or the plan's own; until then the indicator's direction decides ("≥" or "≤"). */
  const [chosenComparator, setComparator] = useState<Comparator | null>(
    (plan?.comparator as Comparator | undefined) ?? null,
  );
  const [draft, setDraft] = useState<PlanDraft>({
    mode: plan?.isDerived ? 'derived' : 'value',
    value: plan && !plan.isDerived ? formatForEntry(plan.value, locale) : '',
    actual: derivation ? formatForEntry(derivation.actual, locale) : '',
    claim: derivation?.claim ?? '',
  });
  const [isTried, setTried] = useState(false);
  const indicator = indicators.find((i) => i.key === indicatorKey);
  const comparator: Comparator = chosenComparator ?? (indicator?.direction === 'lower' ? '<=' : '>=');
  // The API's own rule for a plan's source (at least 3 characters once trimmed), said as it says it.
  const sourceRule = schemaProblem(targetWriteSchema.shape.source, source, locale);
  const computed = indicator ? planValue(draft, indicator.unit, indicator.direction, locale) : null;
  const fromApi = fieldErrors(save.error, locale);
  const problemOf = (field: PlanProblem['field']) => {
    const problem = computed && !computed.ok ? computed.problems.find((p) => p.field === field) : undefined;
    if (!problem) return null;
    if (problem.code === 'empty') return isTried ? t('plans.required') : null;
    return 'message' in problem ? problem.message[locale] : t('plans.claimUnread');
  };
  const edit = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!computed?.ok || sourceRule) return;
    save.mutate(
      {
        id: plan?.id ?? null,
        plan: {
          unitId,
          indicatorKey,
          period: makePeriod(type, year, Math.min(index, COUNT[type])).key,
          comparator,
          value: computed.value,
          source: source.trim(),
          ...(computed.derivedFrom ? { derivedFrom: computed.derivedFrom } : {}),
        },
      },
      { onSuccess: onSaved },
    );
  };

  const field = (
    key: string,
    label: string,
    input: React.ReactNode,
    problem: string | null | undefined,
    help?: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {help && (
        <span id={`${id}-${key}-help`} className="field-help">
          {help}
        </span>
      )}
      {problem && (
        <span id={`${id}-${key}-problem`} className="form-error">
          {problem}
        </span>
      )}
    </div>
  );
  const describedBy = (key: string, problem: string | null | undefined, help?: boolean) =>
    [help && `${id}-${key}-help`, problem && `${id}-${key}-problem`].filter(Boolean).join(' ') || undefined;

  const valueProblem = problemOf('value') ?? fromApi.value;
  const actualProblem = problemOf('actual');
  const claimProblem = problemOf('claim') ?? fromApi['derivedFrom.claim'];
  const sourceProblem = (isTried ? sourceRule : null) ?? fromApi.source;

  return (
    <form
      className="admin-panel stack-form plan-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 id={`${id}-title`}>{plan ? t('plans.editTitle') : t('plans.newTitle')}</h2>
      <div className="field-row">
        {field(
          'indicator',
          t('indicator'),
          <select
            id={`${id}-indicator`}
            value={indicatorKey}
            onChange={(e) => setIndicatorKey(e.target.value)}
          >
            {indicators.map((i) => (
              <option key={i.key} value={i.key}>
                {name(i)}
              </option>
            ))}
          </select>,
          null,
        )}
        {field(
          'type',
          t('periodType'),
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              setType(e.target.value as PeriodType);
              setIndex(1);
            }}
          >
            {[...PERIOD_TYPES].reverse().map((p) => (
              <option key={p} value={p}>
                {t(`periodType.${p}`)}
              </option>
            ))}
          </select>,
          null,
        )}
        {type !== 'year' &&
          field(
            'index',
            t('plans.period'),
            <select id={`${id}-index`} value={index} onChange={(e) => setIndex(Number(e.target.value))}>
              {Array.from({ length: COUNT[type] }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {makePeriod(type, year, n).key}
                </option>
              ))}
            </select>,
            fromApi.period,
          )}
      </div>
      {field(
        'comparator',
        t('plans.comparator'),
        <select
          id={`${id}-comparator`}
          value={comparator}
          onChange={(e) => setComparator(e.target.value as Comparator)}
        >
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {t(`plans.comparator.${c}`)}
            </option>
          ))}
        </select>,
        fromApi.comparator,
      )}
      <fieldset className="plan-mode">
        <legend>{t('plans.mode')}</legend>
        {(['value', 'derived'] as const satisfies readonly PlanMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={draft.mode === mode}
              onChange={() => edit({ mode })}
            />
            {t(`plans.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'value' ? (
        field(
          'value',
          t('plans.value'),
          <input
            id={`${id}-value`}
            inputMode="decimal"
            value={draft.value}
            placeholder={t('entry.placeholder')}
            aria-invalid={!!valueProblem}
            aria-describedby={describedBy('value', valueProblem, true)}
            onChange={(e) => edit({ value: e.target.value })}
          />,
          valueProblem,
          t('entry.numbersHelp'),
        )
      ) : (
        <div className="plan-derived">
          <div className="field-row">
            {field(
              'actual',
              t('plans.actual'),
              <input
                id={`${id}-actual`}
                inputMode="decimal"
                value={draft.actual}
                placeholder={t('entry.placeholder')}
                aria-invalid={!!actualProblem}
                aria-describedby={describedBy('actual', actualProblem)}
                onChange={(e) => edit({ actual: e.target.value })}
              />,
              actualProblem,
            )}
            {field(
              'claim',
              t('plans.claim'),
              <input
                id={`${id}-claim`}
                lang="vi"
                value={draft.claim}
                placeholder={t('plans.claimPlaceholder')}
                aria-invalid={!!claimProblem}
                aria-describedby={describedBy('claim', claimProblem, true)}
                onChange={(e) => edit({ claim: e.target.value })}
              />,
              claimProblem,
              t('plans.claimHelp'),
            )}
          </div>
          <p
            className="plan-derived-value"
            aria-live="polite"
            data-derived={computed?.ok ? computed.value : ''}
          >
            {computed?.ok && indicator
              ? t('plans.derivedValue', {
                  value: formatIndicatorValue(computed.value, indicator.unit, locale),
                })
              : t('plans.derivedWaiting')}
          </p>
          {fromApi.value && <p className="form-error">{fromApi.value}</p>}
        </div>
      )}
      {field(
        'source',
        t('plans.source'),
        <input
          id={`${id}-source`}
          value={source}
          maxLength={500}
          placeholder={t('plans.sourcePlaceholder')}
          aria-invalid={!!sourceProblem}
          aria-describedby={describedBy('source', sourceProblem)}
          onChange={(e) => setSource(e.target.value)}
        />,
        sourceProblem,
      )}
      {save.isError && (
        <p className="form-error" role="alert">
          {errorMessage(save.error, locale)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
