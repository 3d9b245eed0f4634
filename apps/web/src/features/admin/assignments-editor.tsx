/**
 * Role assignments as a list with "Bỏ" buttons, and a row to add one: a role and a province
 * among today's 34, or every province. Each province says what it covers (its former provinces
 * before 1 July 2025, core `roleCoverageLabel`). The admin role is always for every province
 * (the API refuses anything else), so the province choice is locked for it.
 */
import { roleCoverageLabel } from '@cds/core';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { assignmentLabel } from '../../shared/session/assignment-label.ts';
import type { Assignment, Role } from '../../shared/session/use-session.ts';
import { ROLES } from './users-queries.ts';

const ALL = '*';

interface Props {
  value: Assignment[];
  onChange: (next: Assignment[]) => void;
  /** Every unit, for naming former provinces in existing assignments too. */
  units: UnitView[];
}

export function AssignmentsEditor({ value, onChange, units }: Props) {
  const { t, locale, name } = useI18n();
  const id = useId();
  const [role, setRole] = useState<Role>('staff');
  const [unit, setUnit] = useState<string>(ALL);
  const today = units.filter((u) => u.vintage === 34).sort((a, b) => name(a).localeCompare(name(b), locale));
  const unitId = role === 'admin' || unit === ALL ? null : unit;
  const isDuplicate = value.some((a) => a.role === role && a.unitId === unitId);
  const coverage = roleCoverageLabel(today.find((u) => u.id === unitId) ?? null, locale);

  return (
    <fieldset className="assignments-editor">
      <legend>{t('roles')}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('noRoles')}</p>
      ) : (
        <ul className="role-list">
          {value.map((a, i) => (
            <li key={`${a.role} ${a.unitId ?? ALL}`}>
              {assignmentLabel(a, units, locale, t)}
              <button
                type="button"
                className="link-button"
                aria-label={`${t('removeRole')}: ${assignmentLabel(a, units, locale, t)}`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('removeRole')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="assignment-add">
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('province')}</label>
          <select
            id={`${id}-unit`}
            value={role === 'admin' ? ALL : unit}
            disabled={role === 'admin'}
            aria-describedby={`${id}-coverage`}
            onChange={(e) => setUnit(e.target.value)}
          >
            <option value={ALL}>{t('allProvinces')}</option>
            {today.map((u) => (
              <option key={u.id} value={u.id} title={roleCoverageLabel(u, locale)}>
                {roleCoverageLabel(u, locale)}
              </option>
            ))}
          </select>
          <span id={`${id}-coverage`} className="field-help assignment-coverage">
            {t('accounts.coverage', { coverage })}
          </span>
        </div>
        <button
          type="button"
          className="button"
          disabled={isDuplicate}
          onClick={() => onChange([...value, { role, unitId }])}
        >
          {t('addRole')}
        </button>
      </div>
      {role === 'admin' && <p className="muted field-help">{t('adminForAll')}</p>}
    </fieldset>
  );
}
