/**
 * Sentences for a meeting document, drafted from the figures in the style of the provinces' own
 * reports: "Đến nay, đã có 212/216 thôn, bản được phủ sóng băng rộng di động, vượt 82% so với kế
 * hoạch đề ra." Every sentence lists the figures it states (`facts`), so a reader can trace it;
 * a demo figure, a plan derived from a report's wording, or a restated figure is said in the
 * sentence itself. No figure, no sentence; and a sentence never states more than its figure: a
 * bound keeps its word ("trên 500.000", "dưới 100%"), a verdict a bound leaves open is not
 * claimed, and a verdict in a period not over says it is provisional ("tạm tính").
 */
import { formatIndicatorValue, formatNumber } from '../format/format-number.ts';
import type { Indicator } from '../indicators/indicator.ts';
import { isJudged, type Progress } from '../progress/progress.ts';
import { type Qualifier, withQualifier } from '../qualifier/qualifier.ts';

export interface DraftInput {
  indicator: Pick<Indicator, 'key' | 'unit' | 'nameVi' | 'nameEn'>;
  period: string;
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    isDemo: boolean;
    /** Restated onto today's boundaries, or otherwise derived. */
    isDerived: boolean;
    /** As the report stated it: a bound or an approximation is said with its word. */
    qualifier: Qualifier;
  };
  plan: { value: number; isDerived: boolean; isDemo: boolean } | null;
  progress: Progress;
  /** The report behind a real figure, cited in each language: said at the sentence's end. */
  source?: { vi: string; en: string } | null;
  /** Which of the openers to use, so that a page of sentences does not start each the same way. */
  variant?: number;
}

export interface Fact {
  indicatorKey: string;
  period: string;
  value: number;
  role: 'figure' | 'plan' | 'rank';
  isDemo: boolean;
  isDerived: boolean;
  /** The report the figure is quoted from (its Vietnamese citation), for a real figure. */
  source?: string | null;
}

export interface Sentence {
  vi: string;
  en: string;
  facts: Fact[];
}

/** What the numerator and denominator of a count-based ratio count, as the reports say it. */
const COUNTED: Record<string, { vi: string; en: string }> = {
  villages_mobile_broadband: {
    vi: 'thôn, bản được phủ sóng băng rộng di động',
    en: 'villages covered by mobile broadband',
  },
  communes_fibre: { vi: 'xã có hạ tầng băng rộng cáp quang', en: 'communes with fibre broadband' },
  communes_4g: { vi: 'xã được phủ sóng 4G', en: 'communes with 4G coverage' },
  households_fibre: {
    vi: 'hộ gia đình có Internet băng rộng cáp quang',
    en: 'households with fibre broadband',
  },
  online_procedures: {
    vi: 'thủ tục hành chính được cung cấp trực tuyến',
    en: 'administrative procedures offered online',
  },
  full_online_services: { vi: 'dịch vụ công trực tuyến toàn trình', en: 'fully online public services' },
  online_dossiers: {
    vi: 'hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến',
    en: 'administrative dossiers handled online',
  },
  e_documents: {
    vi: 'văn bản trao đổi giữa các cơ quan dưới dạng điện tử',
    en: 'documents exchanged electronically between agencies',
  },
  one_stop_districts: {
    vi: 'UBND cấp huyện triển khai Một cửa điện tử',
    en: 'district committees running the e-one-stop system',
  },
  one_stop_communes: {
    vi: 'UBND cấp xã triển khai Một cửa điện tử',
    en: 'commune committees running the e-one-stop system',
  },
};

/** How a sentence stating counts opens, in turn (`variant`): the provinces' reports vary it too. */
const OPENERS = [
  { vi: 'Đến nay, đã có', en: 'So far,' },
  { vi: 'Hiện đã có', en: 'At present,' },
  { vi: 'Trên địa bàn, đã có', en: 'Across the area,' },
] as const;

/** "vượt 8% so với kế hoạch đề ra" / "8% above plan", or nothing when there is no verdict. */
function planClause(input: DraftInput): { vi: string; en: string } | null {
  const { progress, plan } = input;
  if (!plan || progress.ratio === null || progress.vsPlan === null) return null;
  // A bound that leaves the verdict open ("trên 90%" against 95%) claims nothing about the plan.
  if (!isJudged(progress.status) || !progress.isCertain) return null;
  const proRata = progress.basis === 'pro_rata' || progress.basis === 'trajectory';
  const provisional = progress.isProvisional
    ? { vi: ' (tạm tính, kỳ chưa kết thúc)', en: ' (provisional: the period is not over)' }
    : null;
  const vsVi = proRata ? 'so với kế hoạch theo tiến độ' : 'so với kế hoạch đề ra';
  const vsEn = proRata ? 'the plan to date' : 'plan';
  // A bound's share of the plan is itself a bound: "vượt kế hoạch", never a number it cannot prove.
  const isExact = input.figure.qualifier === 'exact';
  const above = Math.round(progress.vsPlan * 100);
  const derived = plan.isDerived
    ? { vi: ' (kế hoạch suy ra từ báo cáo)', en: ' (plan derived from the report)' }
    : null;
  const demoPlan =
    plan.isDemo && !input.figure.isDemo ? { vi: ' (kế hoạch minh họa)', en: ' (demo plan)' } : null;
  const note = {
    vi: `${derived?.vi ?? ''}${demoPlan?.vi ?? ''}${provisional?.vi ?? ''}`,
    en: `${derived?.en ?? ''}${demoPlan?.en ?? ''}${provisional?.en ?? ''}`,
  };
  if (progress.status === 'achieved') {
    if (above <= 0 || !isExact)
      return {
        vi: `${above <= 0 ? 'đạt' : 'vượt'} ${proRata ? 'kế hoạch theo tiến độ' : 'kế hoạch đề ra'}${note.vi}`,
        en: `${above <= 0 ? 'on' : 'above'} ${proRata ? 'the plan to date' : 'plan'}${note.en}`,
      };
    return { vi: `vượt ${above}% ${vsVi}${note.vi}`, en: `${above}% above ${vsEn}${note.en}` };
  }
  const share = Math.round(progress.ratio * 100);
  if (!isExact)
    return {
      vi: `chưa đạt ${proRata ? 'kế hoạch theo tiến độ' : 'kế hoạch đề ra'}${note.vi}`,
      en: `below ${vsEn}${note.en}`,
    };
  return {
    vi: `đạt ${share}% ${proRata ? 'kế hoạch theo tiến độ' : 'kế hoạch đề ra'}${note.vi}`,
    en: `${share}% of ${vsEn}${note.en}`,
  };
}

/** One sentence for one indicator's figure of the period, or null when there is no figure. */
export function draftSentence(input: DraftInput): Sentence | null {
  const { indicator, figure, plan, period } = input;
  if (figure.value === null || indicator.unit === 'rank') return null;
  const counted = COUNTED[indicator.key];
  const hasCounts =
    counted !== undefined &&
    figure.qualifier === 'exact' &&
    figure.numerator !== null &&
    figure.denominator !== null &&
    figure.denominator > 0;
  const clause = planClause(input);
  const flags = [
    figure.isDerived
      ? { vi: 'số liệu tính lại theo địa giới mới', en: 'restated onto today’s boundaries' }
      : null,
    figure.isDemo ? { vi: 'dữ liệu minh họa', en: 'demo data' } : null,
  ].filter((f): f is { vi: string; en: string } => f !== null);
  const source = figure.isDemo ? null : (input.source ?? null);
  const tail = (lang: 'vi' | 'en') =>
    `${clause ? `, ${clause[lang]}` : ''}${flags.length ? ` (${flags.map((f) => f[lang]).join('; ')})` : ''}.${
      source ? ` ${lang === 'vi' ? 'Nguồn' : 'Source'}: ${source[lang]}.` : ''
    }`;
  const opener = OPENERS[(input.variant ?? 0) % OPENERS.length] ?? OPENERS[0];
  const vi = hasCounts
    ? `${opener.vi} ${formatNumber(figure.numerator as number, 'vi')}/${formatNumber(figure.denominator as number, 'vi')} ${counted.vi}${tail('vi')}`
    : `${indicator.nameVi} ${figure.qualifier === 'below' ? 'ở mức' : 'đạt'} ${withQualifier(formatIndicatorValue(figure.value, indicator.unit, 'vi'), figure.qualifier, 'vi')}${tail('vi')}`;
  const en = hasCounts
    ? `${opener.en} ${formatNumber(figure.numerator as number, 'en')} of ${formatNumber(figure.denominator as number, 'en')} ${counted.en}${tail('en')}`
    : `${indicator.nameEn}: ${withQualifier(formatIndicatorValue(figure.value, indicator.unit, 'en'), figure.qualifier, 'en')}${tail('en')}`;
  const facts: Fact[] = [
    {
      indicatorKey: indicator.key,
      period,
      value: figure.value,
      role: 'figure',
      isDemo: figure.isDemo,
      isDerived: figure.isDerived,
      source: source?.vi ?? null,
    },
  ];
  if (clause && plan) {
    facts.push({
      indicatorKey: indicator.key,
      period,
      value: plan.value,
      role: 'plan',
      isDemo: plan.isDemo,
      isDerived: plan.isDerived,
    });
  }
  return { vi, en, facts };
}

export interface RankSentenceInput {
  indicator: Pick<Indicator, 'key' | 'nameVi' | 'nameEn'>;
  year: number;
  rank: number;
  of: number | null;
  previousYear: number | null;
  change: number | null;
  isDemo: boolean;
}

/** "Xếp hạng DTI cấp tỉnh năm 2024: 12/63, tăng 9 bậc so với năm 2023." */
export function draftRankSentence(input: RankSentenceInput): Sentence {
  const of = input.of === null ? '' : `/${input.of}`;
  const moveVi =
    input.change === null || input.previousYear === null
      ? ''
      : input.change > 0
        ? `, tăng ${input.change} bậc so với năm ${input.previousYear}`
        : input.change < 0
          ? `, giảm ${-input.change} bậc so với năm ${input.previousYear}`
          : `, giữ nguyên so với năm ${input.previousYear}`;
  const moveEn =
    input.change === null || input.previousYear === null
      ? ''
      : input.change > 0
        ? `, up ${input.change} ${input.change === 1 ? 'place' : 'places'} on ${input.previousYear}`
        : input.change < 0
          ? `, down ${-input.change} ${input.change === -1 ? 'place' : 'places'} on ${input.previousYear}`
          : `, unchanged on ${input.previousYear}`;
  const demo = input.isDemo ? { vi: ' (dữ liệu minh họa)', en: ' (demo data)' } : { vi: '', en: '' };
  return {
    vi: `${input.indicator.nameVi} năm ${input.year}: ${input.rank}${of}${moveVi}${demo.vi}.`,
    en: `${input.indicator.nameEn} ${input.year}: ${input.rank}${of}${moveEn}${demo.en}.`,
    facts: [
      {
        indicatorKey: input.indicator.key,
        period: String(input.year),
        value: input.rank,
        role: 'rank',
        isDemo: input.isDemo,
        isDerived: false,
      },
    ],
  };
}

/**
 * The sentence a brief opens with when its period is not over: said plainly, with how far the
 * figures go, so that no verdict below reads as the period's last word.
 * @example periodNotOverLead({ periodLabel: { vi: 'Năm 2026', en: 'The year 2026' }, asOf: { vi: 'tháng 11/2026', en: 'November 2026' }, today: { vi: '06/12/2026', en: '6 Dec 2026' } })
 */
export function periodNotOverLead(input: {
  periodLabel: { vi: string; en: string };
  asOf: { vi: string; en: string } | null;
  today: { vi: string; en: string };
}): { vi: string; en: string } {
  const { periodLabel, asOf, today } = input;
  return {
    vi: `${periodLabel.vi} chưa kết thúc (hôm nay ${today.vi}): ${asOf ? `số liệu đến hết ${asOf.vi}` : 'chưa có số liệu trong kỳ'}; mọi đánh giá so với kế hoạch dưới đây là tạm tính.`,
    en: `${periodLabel.en} is not over (today is ${today.en}): ${asOf ? `the figures run to the end of ${asOf.en}` : 'no figures yet'}; every verdict against plan below is provisional.`,
  };
}
