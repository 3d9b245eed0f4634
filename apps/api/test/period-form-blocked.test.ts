/**
 * A form refused because its province did not exist in the period names the provinces whose form
 * of that period holds the territory's figures (core's `formUnitsFor`), so the web links to them
 * rather than work the lineage out again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Json, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

let staff: Client;

beforeAll(async () => {
  const { app } = await seededApp();
  staff = await signIn(app, 'demo.quangtri');
});

const blocked = async (path: string) => {
  const { status, body } = await staff.get(path);
  expect(status).toBe(200);
  return body.blockedBy as Json[];
};

describe('a period form refused for a province that did not exist then', () => {
  it('names the former provinces for a province of the 34 before the merger', async () => {
    const [issue, ...rest] = await blocked('/api/period-forms/v34-44/2019');
    expect(rest).toEqual([]);
    expect(issue.code).toBe('unit_not_in_period');
    expect(issue.message.vi).toContain('chỉ có từ 01/7/2025');
    // Quảng Trị was formed from the former Quảng Trị (its name kept, first) and Quảng Bình.
    expect(issue.unitIds).toEqual(['v63-45', 'v63-44']);
  });

  it('names the province a former one became part of, after the merger', async () => {
    const [issue] = await blocked('/api/period-forms/v63-44/2026-11');
    expect(issue).toMatchObject({ code: 'unit_not_in_period', unitIds: ['v34-44'] });
  });

  it('names no province for other refusals, and none is refused in its own vintage', async () => {
    expect(await blocked('/api/period-forms/v63-44/2019')).toEqual([]);
    expect(await blocked('/api/period-forms/v34-44/2026-11')).toEqual([]);
    const [early] = await blocked('/api/period-forms/v63-44/2014');
    expect(early).toMatchObject({ code: 'period_too_early', unitIds: [] });
  });
});
