/**
 * The inbox's way to any period, not only the recent ones: a province the user reports for (today's
 * first, each followed by the former provinces it was formed from, core's `reportableUnits`) and a
 * period from 2015 (year, half, quarter or month, and its year). "Mở biểu mẫu" opens its form,
 * which says why and where to go instead when the province did not exist in that period.
 */
import { FIRST_ENTRY_YEAR, type Period, periodContaining, previousPeriod, reportableUnits } from '@cds/core';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { todayInVietnam, yearInVietnam } from '../../shared/clock.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { unitLabel } from '../../shared/reference/unit-label.ts';
import { lineageOf } from '../../shared/session/period-form-unit.ts';

interface Props {
  units: readonly UnitView[];
  /** The units the user may report for (null: every one), as the session says. */
  editableUnitIds: readonly string[] | null;
}

export function OpenPeriodForm({ units, editableUnitIds }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const id = useId();
  const today = todayInVietnam();
  const choices = reportableUnits(units.map(lineageOf), editableUnitIds).flatMap((c) =>
    units.filter((u) => u.id === c.id),
  );
  const [unitId, setUnitId] = useState(choices[0]?.id ?? '');
  // Last year's report by default: the one most often asked for after the recent periods listed below.
  const [period, setPeriod] = useState<Period>(() => previousPeriod(periodContaining(today, 'year')));
  if (choices.length === 0) return null;
  return (
    <section className="open-period-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inbox.open.title')}</h2>
      <p className="muted open-period-help">{t('inbox.open.help')}</p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({ to: '/bao-cao/$unitId/$period', params: { unitId, period: period.key } });
        }}
      >
        <div>
          <label htmlFor={`${id}-unit`}>{t('inbox.open.province')}</label>
          <select id={`${id}-unit`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {choices.map((u) => (
              <option key={u.id} value={u.id}>
                {unitLabel(u, i18n)}
              </option>
            ))}
          </select>
        </div>
        <PeriodPicker
          period={period}
          years={{ first: FIRST_ENTRY_YEAR, last: yearInVietnam() }}
          onChange={setPeriod}
        />
        <button type="submit" className="button button-primary">
          {t('inbox.open.submit')}
        </button>
      </form>
    </section>
  );
}
