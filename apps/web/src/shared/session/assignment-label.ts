/** "Cán bộ nhập liệu · Sơn La": one role assignment in words, for the user menu and the user admin. */
import type { Locale } from '@cds/core';
import { localName, type Translate } from '../../i18n/use-i18n.ts';
import type { Assignment } from './use-session.ts';

interface NamedUnit {
  id: string;
  nameVi: string;
  nameEn: string;
}

export function provinceLabel(
  unitId: string | null,
  units: readonly NamedUnit[] | undefined,
  locale: Locale,
  t: Translate,
): string {
  if (unitId === null) return t('allProvinces');
  const unit = units?.find((u) => u.id === unitId);
  // Until the unit list arrives the id is better than nothing.
  return unit ? localName(unit, locale) : unitId;
}

export function assignmentLabel(
  assignment: Assignment,
  units: readonly NamedUnit[] | undefined,
  locale: Locale,
  t: Translate,
): string {
  return `${t(`role.${assignment.role}`)} · ${provinceLabel(assignment.unitId, units, locale, t)}`;
}
