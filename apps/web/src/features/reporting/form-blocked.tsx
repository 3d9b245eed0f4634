/**
 * Why a period's form takes no figures, and where they go instead: a province that did not exist
 * in the period links to the form of each province that held its territory then (the API names
 * them, from core's lineage; the web does not work it out again).
 */
import { periodLabel, periodOf } from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { unitLabel } from '../../shared/reference/unit-label.ts';
import type { PeriodFormView } from './reporting-queries.ts';

interface Props {
  blockedBy: PeriodFormView['blockedBy'];
  period: string;
  units: readonly UnitView[];
}

export function FormBlocked({ blockedBy, period, units }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const label = periodLabel(periodOf(period), locale);
  return (
    <div className="state state-error form-blocked" role="note">
      <strong>{t('form.blocked')}</strong>
      {blockedBy.map((b) => (
        <div key={b.code}>
          <p>{b.message[locale]}</p>
          {b.unitIds.length > 0 && (
            <ul className="form-elsewhere" aria-label={t('form.elsewhere')}>
              {b.unitIds.map((id) => {
                const unit = units.find((u) => u.id === id);
                return (
                  <li key={id}>
                    <Link
                      to="/bao-cao/$unitId/$period"
                      params={{ unitId: id, period }}
                      className="button"
                      data-unit={id}
                    >
                      {t('form.openOf', { unit: unit ? unitLabel(unit, i18n) : id, period: label })}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
