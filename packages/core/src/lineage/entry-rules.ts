/**
 * Which figures may be entered at all, whoever enters them (vintage rule 2 in
 * `vintage.ts`): only for a unit that exists in the period, only for an indicator that
 * exists in the period, and only for a period that has begun.
 */
import type { Bilingual } from '../i18n/locale.ts';
import { type Indicator, isIndicatorValidFor } from '../indicators/indicator.ts';
import { endDate, type Period, startDate } from '../periods/period.ts';
import { periodLabel } from '../periods/period-label.ts';
import { type Vintage, vintageOfPeriod } from './vintage.ts';

export interface EntryUnit {
  readonly vintage: Vintage | number;
  readonly nameVi: string;
  readonly nameEn: string;
}

/**
 * The first year figures may be entered for: the national CĐS programme's baselines start in 2015,
 * and a rank change ("tăng 9 bậc") needs the year before the first one reported.
 */
export const FIRST_ENTRY_YEAR = 2015;

export interface EntryIssue {
  readonly code: 'unit_not_in_period' | 'indicator_not_in_period' | 'period_not_started' | 'period_too_early';
  readonly message: Bilingual;
}

/**
 * @param today ISO date; figures are for periods that have begun (plans may look ahead).
 * @param successorName for a former province after the merger, the province to enter for instead.
 */
export function entryIssues(
  unit: EntryUnit,
  indicator: Pick<Indicator, 'validFrom' | 'validTo' | 'nameVi' | 'nameEn'>,
  period: Period,
  today: string,
  successorName?: Bilingual,
): EntryIssue[] {
  const issues: EntryIssue[] = [];
  // Labels only for a message: an import checks every row, and most have none.
  let labels: { vi: string; en: string } | null = null;
  const label = () => {
    labels ??= { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') };
    return labels;
  };
  if (unit.vintage !== vintageOfPeriod(period)) {
    const isFormer = unit.vintage === 63;
    issues.push({
      code: 'unit_not_in_period',
      message: isFormer
        ? {
            vi: `${unit.nameVi} không còn là đơn vị hành chính trong kỳ ${label().vi} (sáp nhập từ 01/7/2025)${successorName ? `; hãy nhập cho ${successorName.vi}` : ''}.`,
            en: `${unit.nameEn} no longer exists in ${label().en} (merged on 1 July 2025)${successorName ? `; enter it for ${successorName.en}` : ''}.`,
          }
        : {
            vi: `${unit.nameVi} (34 tỉnh, thành) chỉ có từ 01/7/2025; số liệu kỳ ${label().vi} nhập cho các tỉnh cũ.`,
            en: `${unit.nameEn} (of the 34) exists from 1 July 2025; figures for ${label().en} belong to the former provinces.`,
          },
    });
  }
  if (!isIndicatorValidFor({ ...indicator } as Indicator, startDate(period), endDate(period))) {
    issues.push({
      code: 'indicator_not_in_period',
      message: {
        vi: `Chỉ tiêu “${indicator.nameVi}” không áp dụng cho kỳ ${label().vi}.`,
        en: `“${indicator.nameEn}” does not apply to ${label().en}.`,
      },
    });
  }
  if (period.year < FIRST_ENTRY_YEAR) {
    issues.push({
      code: 'period_too_early',
      message: {
        vi: `Chỉ nhập số liệu từ năm ${FIRST_ENTRY_YEAR} (kỳ ${label().vi}).`,
        en: `Figures can be entered from ${FIRST_ENTRY_YEAR} on (${label().en}).`,
      },
    });
  }
  if (startDate(period) > today) {
    issues.push({
      code: 'period_not_started',
      message: { vi: `Kỳ ${label().vi} chưa bắt đầu.`, en: `${label().en} has not begun yet.` },
    });
  }
  return issues;
}
