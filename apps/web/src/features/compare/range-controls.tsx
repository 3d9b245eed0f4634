/**
 * The period type and range, the table's period, the view, and relative mode with its base
 * period: each a plain labelled <select> or checkbox, changing the URL.
 */
import { PERIOD_TYPES, type PeriodType, periodLabel, type View } from '@cds/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ViewSwitch } from '../../shared/pickers/view-switch.tsx';
import { periodsOf, type Selection } from './compare-selection.ts';

interface Props {
  selection: Selection;
  years: { first: number; last: number };
  /** The base relative mode takes when switched on (the first period every series has). */
  naturalBase: string;
  onChange: (next: Partial<Selection>) => void;
  onPeriodType: (type: PeriodType) => void;
}

/** Period keys of one type sort as text: the later and the earlier of two. */
const later = (a: string, b: string) => (a < b ? b : a);
const earlier = (a: string, b: string) => (a > b ? b : a);

export function RangeControls({ selection: s, years, naturalBase, onChange, onPeriodType }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const periods = periodsOf(s.periodType, years);
  const inRange = periods.filter((p) => p.key >= s.from && p.key <= s.to);
  const options = (list: typeof periods) =>
    list.map((p) => (
      <option key={p.key} value={p.key}>
        {periodLabel(p, locale)}
      </option>
    ));
  return (
    <div className="compare-range">
      <fieldset className="range-fields">
        <legend>{t('compare.range')}</legend>
        <div className="controls">
          <label>
            {t('periodType')}
            <select value={s.periodType} onChange={(e) => onPeriodType(e.target.value as PeriodType)}>
              {[...PERIOD_TYPES].reverse().map((type) => (
                <option key={type} value={type}>
                  {t(`periodType.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('compare.from')}
            <select
              value={s.from}
              onChange={(e) => {
                const from = e.target.value;
                const to = later(s.to, from);
                onChange({ from, to, at: later(s.at, from), base: s.base && later(s.base, from) });
              }}
            >
              {options(periods)}
            </select>
          </label>
          <label>
            {t('compare.to')}
            <select
              value={s.to}
              onChange={(e) => {
                const to = e.target.value;
                const from = earlier(s.from, to);
                onChange({ to, from, at: to, base: s.base && (s.base > to ? from : s.base) });
              }}
            >
              {options(periods)}
            </select>
          </label>
          <label>
            {t('compare.at')}
            <select value={s.at} onChange={(e) => onChange({ at: e.target.value })}>
              {options(inRange)}
            </select>
          </label>
        </div>
      </fieldset>
      <ViewSwitch view={s.view} onChange={(view: View) => onChange({ view })} />
      <div className="compare-relative">
        <div className="controls">
          <label className="check">
            <input
              type="checkbox"
              checked={s.base !== null}
              aria-describedby={`${id}-relative`}
              onChange={(e) => onChange({ base: e.target.checked ? naturalBase : null })}
            />
            {t('compare.relative')}
          </label>
          {s.base !== null && (
            <label>
              {t('compare.base')}
              <select value={s.base} onChange={(e) => onChange({ base: e.target.value })}>
                {options(inRange)}
              </select>
            </label>
          )}
        </div>
        <p id={`${id}-relative`} className="muted compare-help">
          {t('compare.relativeHelp')}
        </p>
      </div>
    </div>
  );
}
