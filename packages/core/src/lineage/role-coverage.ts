/**
 * What a role given for a province covers, in words, for the account form: a province of today's
 * 34 also covers the former provinces it was formed from, before 1 July 2025; a former province
 * only its own figures before that day.
 * @example roleCoverageLabel({ nameVi: 'Thái Nguyên', …, vintage: 34, predecessors: [Bắc Kạn, Thái Nguyên] }, 'vi')
 *   // 'Thái Nguyên — gồm cả Bắc Kạn và Thái Nguyên (cũ) trước 01/7/2025'
 */
import type { Locale } from '../i18n/locale.ts';

export interface CoverageUnit {
  nameVi: string;
  nameEn: string;
  vintage: number;
  predecessors: readonly { nameVi: string; nameEn: string }[];
}

function list(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** `unit` null: a role for every province. */
export function roleCoverageLabel(unit: CoverageUnit | null, locale: Locale): string {
  if (!unit) return locale === 'vi' ? 'Tất cả tỉnh, thành' : 'Every province';
  const name = locale === 'vi' ? unit.nameVi : unit.nameEn;
  if (unit.vintage === 63)
    return locale === 'vi'
      ? `${name} (cũ) — chỉ số liệu trước 01/7/2025`
      : `Former ${name} — figures before 1 July 2025 only`;
  if (unit.predecessors.length === 0) return name;
  // The namesake last, as the reports write it: "Bắc Kạn và Thái Nguyên (cũ)".
  const ordered = [...unit.predecessors].sort(
    (a, b) => Number(a.nameVi === unit.nameVi) - Number(b.nameVi === unit.nameVi),
  );
  const former = ordered.map((p) => {
    const own = locale === 'vi' ? p.nameVi : p.nameEn;
    if (own !== name) return own;
    return locale === 'vi' ? `${own} (cũ)` : `former ${own}`;
  });
  return locale === 'vi'
    ? `${name} — gồm cả ${list(former, 'và')} trước 01/7/2025`
    : `${name} — including ${list(former, 'and')} before 1 July 2025`;
}
