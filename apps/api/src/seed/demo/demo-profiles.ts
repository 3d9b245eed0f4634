/**
 * How each demo indicator behaves over time for one old province, before any figure
 * is written: coverage rises toward 100%, flows vary month to month, flow ratios have
 * monthly numerators and denominators. Values are per month index (0 = January 2019).
 */
import { between, seededRandom } from './random.ts';

export interface MonthFigure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface ProvinceProfile {
  /** Rough size: 1 is an average province; Hà Nội and TP HCM are far larger. */
  size: number;
  /** Digital maturity 0–1 at the start of 2019. */
  maturity: number;
}

export type Shape =
  | {
      kind: 'stock_ratio';
      base: (p: ProvinceProfile, r: () => number) => number;
      start: [number, number];
      speed: [number, number];
    }
  | {
      kind: 'flow_ratio';
      base: (p: ProvinceProfile, r: () => number) => number;
      start: [number, number];
      end: [number, number];
    }
  | {
      kind: 'flow';
      perMonth: (p: ProvinceProfile, r: () => number) => number;
      growth: number;
      integer: boolean;
    };

/** The demo indicators with a monthly series. */
export const MONTHLY_SHAPES: Record<string, Shape> = {
  villages_mobile_broadband: {
    kind: 'stock_ratio',
    base: (p, r) => 150 + p.size * between(r, 150, 450),
    start: [0.7, 0.93],
    speed: [0.02, 0.06],
  },
  communes_fibre: {
    kind: 'stock_ratio',
    base: (p, r) => 70 + p.size * between(r, 60, 160),
    start: [0.75, 0.97],
    speed: [0.03, 0.08],
  },
  communes_4g: {
    kind: 'stock_ratio',
    base: (p, r) => 70 + p.size * between(r, 60, 160),
    start: [0.8, 0.98],
    speed: [0.04, 0.1],
  },
  households_fibre: {
    kind: 'stock_ratio',
    base: (p, r) => p.size * between(r, 180_000, 320_000),
    start: [0.35, 0.65],
    speed: [0.012, 0.03],
  },
  adults_smartphone: {
    kind: 'stock_ratio',
    base: (p, r) => p.size * between(r, 500_000, 900_000),
    start: [0.45, 0.7],
    speed: [0.01, 0.025],
  },
  online_procedures: {
    kind: 'stock_ratio',
    base: (_p, r) => between(r, 1700, 2100),
    start: [0.2, 0.6],
    speed: [0.02, 0.05],
  },
  full_online_services: {
    kind: 'stock_ratio',
    base: (_p, r) => between(r, 900, 1400),
    start: [0.03, 0.2],
    speed: [0.012, 0.03],
  },
  online_dossiers: {
    kind: 'flow_ratio',
    base: (p, r) => p.size * between(r, 3000, 9000),
    start: [0.05, 0.25],
    end: [0.6, 0.95],
  },
  e_documents: {
    kind: 'flow_ratio',
    base: (p, r) => p.size * between(r, 5000, 15000),
    start: [0.6, 0.85],
    end: [0.95, 1],
  },
  work_records_online: {
    kind: 'flow_ratio',
    base: (p, r) => p.size * between(r, 2000, 6000),
    start: [0.4, 0.7],
    end: [0.85, 0.99],
  },
  bts_4g_added: { kind: 'flow', perMonth: (p, r) => p.size * between(r, 2, 8), growth: 0.05, integer: true },
  fibre_km_added: {
    kind: 'flow',
    perMonth: (p, r) => p.size * between(r, 5, 25),
    growth: 0.03,
    integer: false,
  },
  portal_visits: {
    kind: 'flow',
    perMonth: (p, r) => p.size * between(r, 8000, 30000),
    growth: 0.25,
    integer: true,
  },
  telecom_revenue: {
    kind: 'flow',
    perMonth: (p, r) => p.size * between(r, 60, 130),
    growth: 0.06,
    integer: false,
  },
};

const round2 = (v: number) => Math.round(v * 100) / 100;

/** One province's monthly series for one indicator, `months` long. */
export function monthlySeries(
  shape: Shape,
  profile: ProvinceProfile,
  seed: string,
  months: number,
): MonthFigure[] {
  const r = seededRandom(seed);
  const out: MonthFigure[] = [];
  switch (shape.kind) {
    case 'stock_ratio': {
      const denominator = Math.round(shape.base(profile, r));
      const start = between(r, ...shape.start) * (0.85 + 0.15 * profile.maturity);
      const speed = between(r, ...shape.speed);
      let covered = 0;
      for (let t = 0; t < months; t++) {
        const share = Math.min(1, 1 - (1 - start) * Math.exp(-speed * t) + between(r, -0.004, 0.004));
        covered = Math.max(covered, Math.min(denominator, Math.round(denominator * share)));
        out.push({ value: round2((covered / denominator) * 100), numerator: covered, denominator });
      }
      return out;
    }
    case 'flow_ratio': {
      const base = shape.base(profile, r);
      const start = between(r, ...shape.start);
      const end = between(r, ...shape.end);
      for (let t = 0; t < months; t++) {
        const denominator = Math.round(base * between(r, 0.8, 1.2) * (1 + 0.004 * t));
        const share = Math.min(1, start + (end - start) * Math.min(1, t / 84) + between(r, -0.02, 0.02));
        const numerator = Math.round(denominator * Math.max(0, share));
        out.push({ value: round2((numerator / denominator) * 100), numerator, denominator });
      }
      return out;
    }
    case 'flow': {
      const base = shape.perMonth(profile, r);
      for (let t = 0; t < months; t++) {
        const raw = base * (1 + shape.growth) ** (t / 12) * between(r, 0.7, 1.3);
        out.push({
          value: shape.integer ? Math.round(raw) : round2(raw),
          numerator: null,
          denominator: null,
        });
      }
      return out;
    }
  }
}

/** A province's size and maturity, fixed by its code so every run agrees. */
export function provinceProfile(code: string): ProvinceProfile {
  const r = seededRandom(`profile:${code}`);
  const big: Record<string, number> = {
    '01': 7,
    '79': 8,
    '31': 2.5,
    '48': 1.6,
    '92': 1.5,
    '74': 2.2,
    '75': 2.5,
  };
  const maturity = ['48', '79', '01', '22', '46', '92'].includes(code)
    ? between(r, 0.7, 1)
    : between(r, 0.1, 0.75);
  return { size: big[code] ?? between(r, 0.6, 1.8), maturity };
}
