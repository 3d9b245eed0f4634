import { describe, expect, it } from 'vitest';
import { progress } from '../progress/progress.ts';
import {
  briefOrder,
  type DirectionCandidate,
  type DirectionReason,
  directionReasonText,
  type NationalTarget,
  needsDirection,
} from './needs-direction.ts';

const percent = (key: string) => ({ key, unit: 'percent' as const, direction: 'higher' as const });

function candidate(key: string, more: Partial<DirectionCandidate> = {}): DirectionCandidate {
  return {
    indicator: percent(key),
    value: null,
    progress: progress(null, null, 'higher'),
    plan: null,
    isDemo: false,
    pace: null,
    yearly: [],
    ...more,
  };
}

const AT = { period: '2026', lastCompleteYear: 2025 };
const SMARTPHONE_2025: NationalTarget = {
  indicatorKey: 'adults_smartphone',
  year: 2025,
  comparator: '>=',
  value: 80,
  source: 'Decision 411/QĐ-TTg (2022) (national)',
};
const SMARTPHONE_2030: NationalTarget = { ...SMARTPHONE_2025, year: 2030, value: 95 };

describe('needsDirection', () => {
  it('names a plan of this period the card judges behind or close, with its share and gap, and nothing on plan', () => {
    const items = needsDirection(
      [
        candidate('behind', { value: 60, plan: 80, progress: progress(60, 80, 'higher') }),
        candidate('close', { value: 75, plan: 80, progress: progress(75, 80, 'higher') }),
        candidate('achieved', { value: 90, plan: 80, progress: progress(90, 80, 'higher') }),
      ],
      [],
      AT,
    );
    // Close comes last: nearly there.
    expect(items.map((i) => i.indicatorKey)).toEqual(['behind', 'close']);
    expect(items[0]?.reasons[0]).toMatchObject({
      kind: 'plan',
      status: 'behind',
      ratio: 0.75,
      gap: -20,
      target: 80,
    });
    expect(directionReasonText(items[1]?.reasons[0] as DirectionReason, 'percent').vi).toBe(
      'đạt 94% kế hoạch kỳ 2026 (75% so với 80%, thiếu 5 điểm %)',
    );
  });

  it('judges a plan of a period not over against the plan to date, and says it is provisional', () => {
    // A flow at 10 of 12 months: 40 against 10/12 of 80.
    const p = progress(40, 80, 'higher', { coverage: { months: 10, of: 12, overTime: 'sum' } });
    const [item] = needsDirection([candidate('flow', { value: 40, plan: 80, progress: p })], [], AT);
    const reason = item?.reasons[0] as Extract<DirectionReason, { kind: 'plan' }>;
    expect(reason).toMatchObject({ basis: 'pro_rata', isProvisional: true });
    expect(reason.target).toBeCloseTo(66.67, 2);
    expect(directionReasonText(reason, 'percent').vi).toContain('tạm tính: kỳ chưa kết thúc');
    expect(directionReasonText(reason, 'percent').vi).toContain('kế hoạch theo tiến độ kỳ 2026');
  });

  it('names a pace behind or off track to a later plan, with the value the pace reaches', () => {
    const pace = {
      currentYear: 2025,
      currentValue: 60,
      targetYear: 2030,
      targetValue: 95,
      targetScope: 'unit' as const,
      isDemo: false,
    };
    const items = needsDirection(
      [
        candidate('slow', { pace: { ...pace, status: 'behind', projected: 85 } }),
        candidate('lost', { pace: { ...pace, status: 'off_track', projected: 70 } }),
        candidate('fine', { pace: { ...pace, status: 'on_track', projected: 96 } }),
      ],
      [],
      AT,
    );
    // Off track before merely behind.
    expect(items.map((i) => i.indicatorKey)).toEqual(['lost', 'slow']);
    const text = directionReasonText(items[0]?.reasons[0] as DirectionReason, 'percent');
    expect(text.vi).toBe(
      'sẽ không đạt nếu giữ tốc độ hiện tại tới kế hoạch năm 2030 (95%): giữ tốc độ từ năm 2025 thì năm 2030 đạt 70%',
    );
  });

  it('leaves the pace to the plan of the period shown to the card, which judges it in-year', () => {
    const pace = {
      status: 'behind' as const,
      projected: 85,
      currentYear: 2025,
      currentValue: 80,
      targetYear: 2026,
      targetValue: 95,
      targetScope: 'unit' as const,
      isDemo: false,
    };
    const onTrajectory = progress(93, 95, 'higher', {
      coverage: { months: 10, of: 12, overTime: 'last', start: 80 },
    });
    expect(
      needsDirection([candidate('k', { value: 93, plan: 95, progress: onTrajectory, pace })], [], AT),
    ).toEqual([]);
    // Without an in-year verdict, the pace still speaks.
    expect(needsDirection([candidate('k', { pace })], [], AT)[0]?.reasons[0]).toMatchObject({ kind: 'pace' });
  });

  it('names a national target missed in its year, and the gap to one still ahead', () => {
    const yearly = [
      { year: 2024, value: 70, isDemo: false },
      { year: 2025, value: 76, isDemo: false },
    ];
    const [item] = needsDirection(
      [candidate('adults_smartphone', { yearly })],
      [SMARTPHONE_2025, SMARTPHONE_2030],
      AT,
    );
    expect(item?.reasons).toMatchObject([
      { kind: 'national', status: 'missed', targetYear: 2025, value: 76, valueYear: 2025, gap: -4 },
      { kind: 'national', status: 'ahead', targetYear: 2030, value: 76, valueYear: 2025, gap: -19 },
    ]);
    const [missed, ahead] = (item?.reasons ?? []).map((r) => directionReasonText(r, 'percent'));
    expect(missed?.vi).toBe(
      'không đạt mục tiêu quốc gia năm 2025 (≥ 80%; Quyết định 411/QĐ-TTg (2022)): năm 2025 đạt 76%, thiếu 4 điểm %',
    );
    expect(ahead?.en).toBe(
      '19 pp from the national target for 2030 (≥ 95%; Decision 411/QĐ-TTg (2022)): 76% in 2025',
    );
  });

  it('says nothing of a national target met, nor of one with no figure up to its year', () => {
    const met = candidate('adults_smartphone', { yearly: [{ year: 2025, value: 96, isDemo: false }] });
    const none = candidate('adults_smartphone', { yearly: [{ year: 2025, value: null, isDemo: false }] });
    expect(needsDirection([met], [SMARTPHONE_2025, SMARTPHONE_2030], AT)).toEqual([]);
    expect(needsDirection([none], [SMARTPHONE_2025, SMARTPHONE_2030], AT)).toEqual([]);
  });

  it('says a national target ahead once when the pace already speaks of it', () => {
    const [item] = needsDirection(
      [
        candidate('adults_smartphone', {
          yearly: [{ year: 2025, value: 85, isDemo: false }],
          pace: {
            status: 'behind',
            projected: 90,
            currentYear: 2025,
            currentValue: 85,
            targetYear: 2030,
            targetValue: 95,
            targetScope: 'national',
            isDemo: false,
          },
        }),
      ],
      [SMARTPHONE_2025, SMARTPHONE_2030],
      AT,
    );
    expect(item?.reasons.map((r) => r.kind)).toEqual(['pace']);
  });

  it('orders the list by the most pressing reason, then by how far behind, and marks demo', () => {
    const items = needsDirection(
      [
        candidate('adults_smartphone', { yearly: [{ year: 2025, value: 50, isDemo: true }] }),
        candidate('a', { value: 80, plan: 100, progress: progress(80, 100, 'higher') }),
        candidate('b', { value: 50, plan: 100, progress: progress(50, 100, 'higher'), isDemo: true }),
      ],
      [SMARTPHONE_2025],
      AT,
    );
    expect(items.map((i) => [i.indicatorKey, i.isDemo])).toEqual([
      ['b', true],
      ['a', false],
      ['adults_smartphone', true],
    ]);
    expect(directionReasonText(items[0]?.reasons[0] as DirectionReason, 'percent').vi).toMatch(
      /\(dữ liệu minh họa\)$/,
    );
  });

  it('puts what needs direction first in a brief, then what reached its plan, then the rest', () => {
    const direction = [{ indicatorKey: 'b' }, { indicatorKey: 'a' }];
    const order = ['x', 'a', 'y', 'b'].sort(
      (p, q) =>
        briefOrder(p, p === 'y' ? 'achieved' : 'no_target', direction) -
        briefOrder(q, q === 'y' ? 'achieved' : 'no_target', direction),
    );
    expect(order).toEqual(['b', 'a', 'y', 'x']);
  });

  it('never lists a rank', () => {
    const rank = {
      ...candidate('dti_rank'),
      indicator: { key: 'dti_rank', unit: 'rank' as const, direction: 'lower' as const },
      value: 40,
      progress: progress(40, 20, 'lower'),
    };
    expect(needsDirection([rank], [], AT)).toEqual([]);
  });
});
