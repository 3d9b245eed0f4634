import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { entryIssues } from './entry-rules.ts';

const quangBinh = { vintage: 63, nameVi: 'Quảng Bình', nameEn: 'Quang Binh' };
const quangTri = { vintage: 34, nameVi: 'Quảng Trị', nameEn: 'Quang Tri' };
const villages = { validFrom: null, validTo: null, nameVi: 'Thôn có sóng', nameEn: 'Villages' };
const oneStopDistricts = {
  validFrom: null,
  validTo: '2025-06-30',
  nameVi: 'Một cửa cấp huyện',
  nameEn: 'District one-stop',
};
const today = '2026-11-22';
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('entryIssues', () => {
  it('accepts a former province before the merger and a new one after it', () => {
    expect(entryIssues(quangBinh, villages, periodOf('2025-Q2'), today)).toEqual([]);
    expect(entryIssues(quangBinh, villages, periodOf('2025-H1'), today)).toEqual([]);
    expect(entryIssues(quangTri, villages, periodOf('2025-Q3'), today)).toEqual([]);
    // The year 2025 ends after the merger: it is reported by the 34.
    expect(entryIssues(quangTri, villages, periodOf('2025'), today)).toEqual([]);
  });

  it('refuses a former province after the merger and names the one to use', () => {
    const issues = entryIssues(quangBinh, villages, periodOf('2025'), today, {
      vi: 'Quảng Trị',
      en: 'Quang Tri',
    });
    expect(codes(issues)).toEqual(['unit_not_in_period']);
    expect(issues[0]?.message.vi).toContain('hãy nhập cho Quảng Trị');
  });

  it('refuses a new province before the merger', () => {
    expect(codes(entryIssues(quangTri, villages, periodOf('2024'), today))).toEqual(['unit_not_in_period']);
  });

  it('refuses an indicator outside its validity and a period that has not begun', () => {
    expect(codes(entryIssues(quangTri, oneStopDistricts, periodOf('2025-Q3'), today))).toEqual([
      'indicator_not_in_period',
    ]);
    expect(codes(entryIssues(quangTri, villages, periodOf('2026-12'), today))).toEqual([
      'period_not_started',
    ]);
    expect(entryIssues(quangTri, villages, periodOf('2026-11'), today)).toEqual([]);
  });
});

describe('past years', () => {
  const unit63 = { vintage: 63, nameVi: 'Sơn La', nameEn: 'Sơn La' };
  const rank = { validFrom: null, validTo: null, nameVi: 'Xếp hạng DTI', nameEn: 'DTI rank' };
  it('accepts any year from 2015, so last year’s rank can be entered', () => {
    expect(entryIssues(unit63, rank, periodOf('2015'), '2026-11-30')).toEqual([]);
    expect(entryIssues(unit63, rank, periodOf('2018'), '2026-11-30')).toEqual([]);
  });
  it('refuses years before 2015', () => {
    expect(entryIssues(unit63, rank, periodOf('2014'), '2026-11-30').map((i) => i.code)).toEqual([
      'period_too_early',
    ]);
  });
});
