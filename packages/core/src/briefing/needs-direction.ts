/**
 * "Cần chỉ đạo": what a province's leaders need to direct, named, each with its number and its
 * horizon. Three reasons, all read from verdicts given elsewhere in core, never judged again here:
 *
 * 1. **This period's plan**: the card's own verdict is `behind` (below 90% of the plan) or
 *    `close` (short of it by less than 10%), in a period not over against the plan to date: pro
 *    rata for a flow, the trajectory for a stock or a ratio.
 * 2. **Pace to a later plan**: `paceToPlan` says `behind` or `off_track` (the province's own plan
 *    of that year, or the national target where it has none). Not for the plan of the period shown
 *    when the card judges it: its in-year verdict reads the figures since, the pace does not.
 * 3. **A national target** (Decisions 749/QĐ-TTg, 411/QĐ-TTg, 942/QĐ-TTg): its year is past and
 *    the figure of that year (or the latest before it) misses it; or its year is still ahead and
 *    the latest complete year's figure is short of it (the gap still to close).
 *
 * One entry per indicator with all its reasons; entries are ordered by their most pressing reason
 * (a plan of this period missed by 10% or more, then a pace that will not reach, a national target
 * missed, a pace too slow, a national target still ahead, a plan of this period nearly reached),
 * then by how far behind. Demo figures or plans are
 * marked on the reason they touch.
 */
import { formatIndicatorValue } from '../format/format-number.ts';
import type { Indicator } from '../indicators/indicator.ts';
import { type Comparator, isJudged, type Progress, progress } from '../progress/progress.ts';
import type { PaceStatus } from './pace-to-plan.ts';

/** What a pace to a later plan says, as the list reads it (the briefing's pace carries these). */
export interface DirectionPace {
  status: PaceStatus;
  /** The value in the target year if the observed average change holds. */
  projected: number;
  currentYear: number;
  currentValue: number;
  targetYear: number;
  targetValue: number;
  targetScope: 'unit' | 'national';
  /** The baseline, latest value or plan is demo data. */
  isDemo: boolean;
}

export interface NationalTarget {
  indicatorKey: string;
  year: number;
  comparator: Comparator;
  value: number;
  /** The decision(s) setting it: "Decision 749/QĐ-TTg (2020)". */
  source: string;
}

export interface DirectionCandidate {
  indicator: Pick<Indicator, 'key' | 'unit' | 'direction'>;
  /** This period's figure and the card's verdict against this period's plan. */
  value: number | null;
  progress: Progress;
  /** This period's whole plan (null without one). */
  plan: number | null;
  /** The figure or the plan is demo data. */
  isDemo: boolean;
  pace: DirectionPace | null;
  /** Complete yearly figures, oldest first (null where a year has none). */
  yearly: readonly { year: number; value: number | null; isDemo: boolean }[];
}

export type DirectionReason =
  | {
      kind: 'plan';
      /** `close`: within 10% of the plan, still short of it. */
      status: 'behind' | 'close';
      period: string;
      value: number;
      /** What the figure was compared with: the whole plan, or its share or trajectory point to date. */
      target: number;
      plan: number | null;
      basis: Progress['basis'];
      ratio: number;
      gap: number;
      isProvisional: boolean;
      isDemo: boolean;
    }
  | {
      kind: 'pace';
      status: 'behind' | 'off_track';
      targetYear: number;
      targetValue: number;
      scope: 'unit' | 'national';
      currentYear: number;
      currentValue: number;
      projected: number;
      isDemo: boolean;
    }
  | {
      kind: 'national';
      /** `missed`: the target's year is past; `ahead`: still to come, the gap still to close. */
      status: 'missed' | 'ahead';
      targetYear: number;
      comparator: Comparator;
      targetValue: number;
      source: string;
      valueYear: number;
      value: number;
      gap: number;
      isDemo: boolean;
    };

export interface DirectionItem {
  indicatorKey: string;
  reasons: DirectionReason[];
  isDemo: boolean;
}

/** The national targets' horizons the list speaks of. */
export const NATIONAL_HORIZONS = [2025, 2030] as const;

/** How pressing a reason is: lower first. */
function weight(reason: DirectionReason): number {
  if (reason.kind === 'plan') return reason.status === 'behind' ? 0 : 5;
  if (reason.kind === 'pace') return reason.status === 'off_track' ? 1 : 3;
  return reason.status === 'missed' ? 2 : 4;
}

/** How far behind, comparable within a weight: lower is further. */
function shortfall(reason: DirectionReason): number {
  if (reason.kind === 'plan') return reason.ratio;
  if (reason.kind === 'pace') return reason.projected / (reason.targetValue || 1);
  return reason.value / (reason.targetValue || 1);
}

function nationalReasons(
  candidate: DirectionCandidate,
  targets: readonly NationalTarget[],
  lastCompleteYear: number,
): DirectionReason[] {
  const { indicator } = candidate;
  return targets
    .filter(
      (t) => t.indicatorKey === indicator.key && (NATIONAL_HORIZONS as readonly number[]).includes(t.year),
    )
    .flatMap((t): DirectionReason[] => {
      const isPast = t.year <= lastCompleteYear;
      // The figure of the target's year, or the latest complete one before it.
      const upTo = isPast ? t.year : lastCompleteYear;
      const latest = [...candidate.yearly]
        .reverse()
        .find(
          (y): y is { year: number; value: number; isDemo: boolean } => y.year <= upTo && y.value !== null,
        );
      if (!latest) return [];
      const verdict = progress(latest.value, t.value, indicator.direction, { comparator: t.comparator });
      if (verdict.status === 'achieved' || verdict.gap === null) return [];
      return [
        {
          kind: 'national',
          status: isPast ? 'missed' : 'ahead',
          targetYear: t.year,
          comparator: t.comparator,
          targetValue: t.value,
          source: t.source,
          valueYear: latest.year,
          value: latest.value,
          gap: verdict.gap,
          isDemo: latest.isDemo,
        },
      ];
    });
}

/**
 * What needs direction, most pressing first (see the module's note). `period` is the period shown;
 * `lastCompleteYear` the latest year that is over (national targets of that year or before are
 * judged as missed or met).
 */
export function needsDirection(
  candidates: readonly DirectionCandidate[],
  nationalTargets: readonly NationalTarget[],
  at: { period: string; lastCompleteYear: number },
): DirectionItem[] {
  const items = candidates.flatMap((c): DirectionItem[] => {
    if (c.indicator.unit === 'rank') return [];
    const reasons: DirectionReason[] = [];
    const p = c.progress;
    if (
      (p.status === 'behind' || p.status === 'close') &&
      c.value !== null &&
      p.ratio !== null &&
      p.comparedTarget !== null
    ) {
      reasons.push({
        kind: 'plan',
        status: p.status,
        period: at.period,
        value: c.value,
        target: p.comparedTarget,
        plan: c.plan,
        basis: p.basis,
        ratio: p.ratio,
        gap: p.gap ?? c.value - p.comparedTarget,
        isProvisional: p.isProvisional,
        isDemo: c.isDemo,
      });
    }
    const pace = c.pace;
    // A plan of the period shown already has the card's in-year verdict, which reads later figures.
    const isThisPeriodsPlan =
      !!pace && pace.targetYear <= Number(at.period.slice(0, 4)) && isJudged(p.status);
    if (pace && !isThisPeriodsPlan && (pace.status === 'behind' || pace.status === 'off_track')) {
      reasons.push({
        kind: 'pace',
        status: pace.status,
        targetYear: pace.targetYear,
        targetValue: pace.targetValue,
        scope: pace.targetScope,
        currentYear: pace.currentYear,
        currentValue: pace.currentValue,
        projected: pace.projected,
        isDemo: pace.isDemo,
      });
    }
    // A national target the pace already speaks of (same year, no plan of the province's own) is said once.
    const national = nationalReasons(c, nationalTargets, at.lastCompleteYear).filter(
      (r) =>
        !(
          r.kind === 'national' &&
          r.status === 'ahead' &&
          reasons.some((x) => x.kind === 'pace' && x.scope === 'national' && x.targetYear === r.targetYear)
        ),
    );
    reasons.push(...national);
    if (reasons.length === 0) return [];
    reasons.sort((a, b) => weight(a) - weight(b) || shortfall(a) - shortfall(b));
    return [{ indicatorKey: c.indicator.key, reasons, isDemo: reasons.some((r) => r.isDemo) }];
  });
  return items.sort((a, b) => {
    const [ra, rb] = [a.reasons[0] as DirectionReason, b.reasons[0] as DirectionReason];
    return (
      weight(ra) - weight(rb) || shortfall(ra) - shortfall(rb) || a.indicatorKey.localeCompare(b.indicatorKey)
    );
  });
}

/** A national target's source as the data has it ("Decision 749/QĐ-TTg (2020) (national)"), in the reader's language. */
function sourceText(source: string, locale: 'vi' | 'en'): string {
  const plain = source.replace(/\s*\(national\)\s*$/, '');
  return locale === 'vi'
    ? plain.replace(/\bDecision\b/g, 'Quyết định').replace(/\bResolution\b/g, 'Nghị quyết')
    : plain;
}

const COMPARATOR_TEXT: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** A gap in the indicator's unit, unsigned: "8,8 điểm %" for a percentage. */
function gapText(gap: number, unit: Indicator['unit'], locale: 'vi' | 'en'): string {
  const shown = formatIndicatorValue(Math.abs(gap), unit, locale);
  if (unit !== 'percent') return shown;
  return `${shown.replace(/\s?%$/, '')} ${locale === 'vi' ? 'điểm %' : 'pp'}`;
}

/**
 * One reason as a leader reads it, Vietnamese and English, with its number and horizon:
 * "đạt 72% kế hoạch năm 2026 (thiếu 8,8 điểm %)", "giữ tốc độ hiện tại, năm 2030 chỉ đạt 81%
 * (kế hoạch 95%)", "không đạt mục tiêu quốc gia năm 2025 (≥ 80%, Quyết định 749/QĐ-TTg): 72%".
 */
export function directionReasonText(
  reason: DirectionReason,
  unit: Indicator['unit'],
): { vi: string; en: string } {
  const v = (x: number, locale: 'vi' | 'en') => formatIndicatorValue(x, unit, locale);
  const demo = reason.isDemo ? { vi: ' (dữ liệu minh họa)', en: ' (demo data)' } : { vi: '', en: '' };
  if (reason.kind === 'plan') {
    const share = Math.round(reason.ratio * 100);
    const toDate = reason.basis !== 'full';
    const provisional = reason.isProvisional
      ? { vi: ', tạm tính: kỳ chưa kết thúc', en: ', provisional: the period is not over' }
      : { vi: '', en: '' };
    return {
      vi: `đạt ${share}% kế hoạch ${toDate ? 'theo tiến độ ' : ''}kỳ ${reason.period} (${v(reason.value, 'vi')} so với ${v(reason.target, 'vi')}, thiếu ${gapText(reason.gap, unit, 'vi')}${provisional.vi})${demo.vi}`,
      en: `${share}% of the ${toDate ? 'to-date ' : ''}plan for ${reason.period} (${v(reason.value, 'en')} against ${v(reason.target, 'en')}, ${gapText(reason.gap, unit, 'en')} short${provisional.en})${demo.en}`,
    };
  }
  if (reason.kind === 'pace') {
    const whose =
      reason.scope === 'national'
        ? { vi: 'mục tiêu quốc gia', en: 'the national target' }
        : { vi: 'kế hoạch', en: 'the plan' };
    const verdict =
      reason.status === 'off_track'
        ? { vi: 'sẽ không đạt nếu giữ tốc độ hiện tại', en: 'will not reach it at the current pace' }
        : { vi: 'chậm tiến độ', en: 'behind pace' };
    return {
      vi: `${verdict.vi} tới ${whose.vi} năm ${reason.targetYear} (${v(reason.targetValue, 'vi')}): giữ tốc độ từ năm ${reason.currentYear} thì năm ${reason.targetYear} đạt ${v(reason.projected, 'vi')}${demo.vi}`,
      en: `${verdict.en}: ${whose.en} for ${reason.targetYear} is ${v(reason.targetValue, 'en')}; at the pace to ${reason.currentYear}, ${v(reason.projected, 'en')} by ${reason.targetYear}${demo.en}`,
    };
  }
  const target = `${COMPARATOR_TEXT[reason.comparator]} ${v(reason.targetValue, 'vi')}`;
  const targetEn = `${COMPARATOR_TEXT[reason.comparator]} ${v(reason.targetValue, 'en')}`;
  if (reason.status === 'missed') {
    return {
      vi: `không đạt mục tiêu quốc gia năm ${reason.targetYear} (${target}; ${sourceText(reason.source, 'vi')}): năm ${reason.valueYear} đạt ${v(reason.value, 'vi')}, thiếu ${gapText(reason.gap, unit, 'vi')}${demo.vi}`,
      en: `missed the national target for ${reason.targetYear} (${targetEn}; ${sourceText(reason.source, 'en')}): ${v(reason.value, 'en')} in ${reason.valueYear}, ${gapText(reason.gap, unit, 'en')} short${demo.en}`,
    };
  }
  return {
    vi: `còn cách mục tiêu quốc gia năm ${reason.targetYear} (${target}; ${sourceText(reason.source, 'vi')}) ${gapText(reason.gap, unit, 'vi')}: năm ${reason.valueYear} đạt ${v(reason.value, 'vi')}${demo.vi}`,
    en: `${gapText(reason.gap, unit, 'en')} from the national target for ${reason.targetYear} (${targetEn}; ${sourceText(reason.source, 'en')}): ${v(reason.value, 'en')} in ${reason.valueYear}${demo.en}`,
  };
}

/**
 * Where an indicator's sentence goes in a leader's brief: what needs direction first, in the
 * list's order; then what reached its plan; then the rest.
 */
export function briefOrder(
  indicatorKey: string,
  status: Progress['status'],
  direction: readonly Pick<DirectionItem, 'indicatorKey'>[],
): number {
  const at = direction.findIndex((d) => d.indicatorKey === indicatorKey);
  if (at >= 0) return at;
  return direction.length + (status === 'achieved' ? 0 : 1);
}
