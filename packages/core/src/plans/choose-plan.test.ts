import { describe, expect, it } from 'vitest';
import type { LineageUnit } from '../lineage/resolve-figure.ts';
import { choosePlan, historyOwner, nextPlan, type PlanCandidate, planOwners } from './choose-plan.ts';

const sonLa: LineageUnit = { id: 'v34-14', vintage: 34, predecessorIds: ['v63-14'] };
const quangTri: LineageUnit = { id: 'v34-44', vintage: 34, predecessorIds: ['v63-44', 'v63-45'] };
let id = 0;
const plan = (unitId: string | null, period: string, value: number): PlanCandidate => ({
  id: ++id,
  unitId,
  indicatorKey: 'households_fibre',
  period,
  value,
  comparator: '>=',
  isDemo: false,
  isDerived: false,
});

describe('the plan a figure is judged against', () => {
  const plans = [
    plan(null, '2023', 80),
    plan('v63-14', '2023', 70),
    plan('v34-14', '2026', 95.17),
    plan(null, '2026', 90),
    plan('v63-44', '2023', 60),
    plan(null, '2030', 100),
    plan('v34-14', '2028', 98),
  ];
  const at = (unit: LineageUnit, period: string) =>
    choosePlan(plans, { unit, indicatorKey: 'households_fibre', period });

  it("takes the province's own plan first", () => {
    expect(at(sonLa, '2026')).toMatchObject({ value: 95.17, chosenAs: 'unit' });
  });

  // /tinh/v34-14/ban-in?ky=2023 and /tinh/v63-14/ban-in?ky=2023 are one province and one year.
  it('gives a province that kept its territory its predecessor’s plan before the merger', () => {
    expect(at(sonLa, '2023')).toMatchObject({ value: 70, chosenAs: 'predecessor' });
    expect(planOwners(sonLa, '2023')).toEqual(['v34-14', 'v63-14']);
    expect(planOwners(sonLa, '2026')).toEqual(['v34-14']);
    expect(historyOwner(sonLa, '2023')).toBe('v63-14');
    expect(historyOwner(sonLa, '2026')).toBe('v34-14');
    expect(historyOwner(quangTri, '2023')).toBe('v34-44');
  });

  it('never gives a merged province a part’s plan: the national one instead', () => {
    expect(at(quangTri, '2023')).toMatchObject({ value: 80, chosenAs: 'national' });
  });

  it('has no plan where there is none', () => {
    expect(at(sonLa, '2024')).toBeNull();
  });

  it('looks for the next plan after a year by the same rules', () => {
    expect(nextPlan(plans, { unit: sonLa, indicatorKey: 'households_fibre', afterYear: 2026 })).toMatchObject(
      {
        period: '2028',
        chosenAs: 'unit',
      },
    );
    expect(
      nextPlan(plans, { unit: quangTri, indicatorKey: 'households_fibre', afterYear: 2026 }),
    ).toMatchObject({
      period: '2030',
      chosenAs: 'national',
    });
  });
});
