/** A unit's name where both vintages meet in one list or sentence: a former province's says "(cũ)". */
import type { I18n } from '../../i18n/use-i18n.ts';

/** @example unitLabel(kienGiang63, i18n) // 'Kiên Giang (cũ)' */
export function unitLabel(
  unit: { vintage: number; nameVi: string; nameEn: string },
  { t, name }: Pick<I18n, 't' | 'name'>,
): string {
  return unit.vintage === 63 ? t('formerName', { name: name(unit) }) : name(unit);
}
