/**
 * The request bodies of the write endpoints, for the write fuzz: a good body of each and, per
 * field, its type and the values of that type the API still refuses (fuzz-bodies.ts breaks the
 * good body with them). The figures are judged against 200 of 216 villages (92.59 %), the plans
 * against a percentage, so every "bad" value here is bad whatever else the body holds.
 */
import fc from 'fast-check';
import { MAX_REPORT_CHARS } from '../../src/routes/extractions/extractions.route.ts';
import { type BodySpec, badAssignments, type Field } from './fuzz-bodies.ts';
import { badIndicator, badLength, badPeriod, badUnitId, hostileString } from './fuzz-values.ts';

export const TARGET_USER_LOGIN = 'fuzz.target.user';

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const text = (min: number, max: number, trimmed = true): Field => ({
  kind: 'string',
  text: [min, max],
  bad: badLength(min, max, trimmed),
});
const password = (bad: fc.Arbitrary<unknown> = badLength(10, 200, false)): Field => ({
  kind: 'string',
  text: [10, 200],
  bad,
});
/** Negative, or above 100: no percentage. */
const badPercent = fc.oneof(double(100.001, 1e308), double(-1e308, -0.001));

/** A figure's fields, all optional as in a change (a new figure needs value and sourceRef). */
const FIGURE: Record<string, Field> = {
  value: {
    kind: 'number',
    nullable: true,
    optional: true,
    bad: fc.oneof(double(-1e308, 92.4), double(92.8, 1e308)),
  },
  numerator: {
    kind: 'number',
    nullable: true,
    optional: true,
    bad: fc.oneof(double(216.5, 1e308), double(-1e308, -0.001)),
  },
  denominator: { kind: 'number', nullable: true, optional: true, bad: double(-1e308, 199.5) },
  sourceRef: { ...text(3, 500), optional: true },
  note: { ...text(0, 2000), nullable: true, optional: true },
};

export const REVISION_CREATE: BodySpec = {
  base: {
    unitId: 'v63-14',
    indicatorKey: 'villages_mobile_broadband',
    period: '2022',
    value: null,
    numerator: 200,
    denominator: 216,
    sourceRef: 'Báo cáo 15/BC-STTTT',
    note: 'Ghi chú',
    submit: false,
  },
  fields: {
    ...FIGURE,
    value: { ...(FIGURE.value as Field), optional: false },
    sourceRef: text(3, 500),
    // Another province (403), Sơn La of the 34 before the merger (400), or no unit at all.
    unitId: { kind: 'string', bad: fc.oneof(badUnitId, fc.constantFrom('v34-44', 'v63-44', 'v34-14')) },
    indicatorKey: { kind: 'string', bad: badIndicator },
    // After the merger (the former province is gone), or not begun.
    period: {
      kind: 'string',
      bad: fc.oneof(badPeriod, fc.constantFrom('2025-Q3', '2025-07', '2027', '2099')),
    },
    submit: { kind: 'boolean', optional: true },
  },
  emptyRefused: true,
};

/** Every field optional: an empty change is a good request, so `{}` is never sent. */
export const REVISION_PATCH: BodySpec = {
  base: { sourceRef: 'Báo cáo 16/BC-STTTT', note: 'Sửa' },
  fields: FIGURE,
  emptyRefused: false,
};

export const REVISION_RETURN: BodySpec = {
  base: { comment: 'Sai mẫu số' },
  fields: { comment: text(3, 1000) },
  emptyRefused: true,
};

export const TARGET: BodySpec = {
  base: {
    unitId: 'v34-14',
    indicatorKey: 'households_fibre',
    period: '2026',
    comparator: '>=',
    value: 85,
    source: 'Kế hoạch 12/KH-UBND',
  },
  fields: {
    // National (admins only), another province, a former province after the merger, or no unit.
    unitId: {
      kind: 'string',
      nullable: true,
      bad: fc.oneof(badUnitId, fc.constantFrom(null, 'v34-44', 'v63-14')),
    },
    indicatorKey: { kind: 'string', bad: badIndicator },
    period: { kind: 'string', bad: fc.oneof(badPeriod, fc.constantFrom('2024', '2019', '2025-Q1')) },
    comparator: { kind: 'string', optional: true, bad: fc.constantFrom('=>', 'gt', '', '==', '≥', '>= ') },
    value: { kind: 'number', bad: badPercent },
    source: text(3, 500),
  },
  emptyRefused: true,
};

const badLogin = fc.oneof(
  fc.constantFrom('ab', '-abc', '.abc', 'a b c', 'a'.repeat(65), 'äbc', 'abc!', 'abc/def'),
  hostileString.filter((s) => !/^[a-z0-9][a-z0-9._-]{2,63}$/.test(s.trim().toLowerCase())),
);

export const USER_CREATE: BodySpec = {
  base: {
    login: 'fuzz.new.user',
    displayName: 'Cán bộ thử',
    password: 'a-long-enough-password',
    assignments: [{ role: 'staff', unitId: 'v34-01' }],
  },
  fields: {
    login: { kind: 'string', bad: badLogin },
    displayName: text(1, 120),
    password: password(),
    assignments: { kind: 'array', bad: badAssignments },
  },
  emptyRefused: true,
};

export const USER_PATCH: BodySpec = {
  base: { displayName: 'Tên mới', isActive: true },
  fields: { displayName: { ...text(1, 120), optional: true }, isActive: { kind: 'boolean', optional: true } },
  emptyRefused: true,
};

export const USER_ROLES: BodySpec = {
  base: { assignments: [{ role: 'viewer', unitId: null }] },
  fields: { assignments: { kind: 'array', bad: badAssignments } },
  emptyRefused: true,
};

export const USER_PASSWORD_RESET: BodySpec = {
  base: { newPassword: 'a-reset-long-password' },
  fields: {
    // Too short or long, or the account's own login.
    newPassword: password(
      fc.oneof(
        badLength(10, 200, false),
        fc.constantFrom(TARGET_USER_LOGIN, ` ${TARGET_USER_LOGIN.toUpperCase()} `),
      ),
    ),
  },
  emptyRefused: true,
};

/** The good body is well-formed with a wrong password: even unbroken it signs nobody in. */
export const LOGIN: BodySpec = {
  base: { login: 'demo.admin', password: 'not-the-password' },
  fields: { login: text(1, 200, false), password: text(1, 1000, false) },
  emptyRefused: true,
};

export const PASSWORD_CHANGE: BodySpec = {
  base: { currentPassword: 'not-the-password', newPassword: 'a-new-long-password' },
  fields: { currentPassword: text(1, 1000, false), newPassword: password() },
  emptyRefused: true,
};

const GOOD_ROW = { indicatorKey: 'villages_mobile_broadband', numerator: 200, denominator: 216 };

/** Rows the period form refuses whatever else the form holds. */
const badRows = fc.oneof(
  fc.constantFrom(
    [{ ...GOOD_ROW, numerator: 300 }],
    [{ indicatorKey: 'dti_rank', value: 5 }], // a yearly index in a month's report
    [{ indicatorKey: 'no_such_indicator', value: 1 }],
    [GOOD_ROW, GOOD_ROW],
    Array.from({ length: 101 }, () => GOOD_ROW),
    [{ ...GOOD_ROW, basedOn: { revisionId: 999_999, version: 1 } }], // a revision it never saw: 409
    [{ ...GOOD_ROW, status: 'approved' }],
    [{ ...GOOD_ROW, qualifier: 'roughly' }],
    [null],
    ['212/216'],
  ),
  badPercent.map((value) => [{ indicatorKey: 'villages_mobile_broadband', value }]),
  double(-1e308, -0.001).map((value) => [{ indicatorKey: 'bts_4g_added', value }]),
  double(0.001, 0.999).map((f) => [{ indicatorKey: 'bts_4g_added', value: 10 + f }]),
);

export const PERIOD_FORM: BodySpec = {
  base: { sourceRef: 'Báo cáo 210/BC-SKHCN', sourceQuote: null, rows: [GOOD_ROW], submit: false },
  fields: {
    // Null or blank leaves the filled row without a source.
    sourceRef: text(3, 500),
    sourceQuote: { ...text(0, 2000), nullable: true, optional: true },
    rows: { kind: 'array', bad: badRows },
    submit: { kind: 'boolean', optional: true },
  },
  emptyRefused: true,
};

const badDays = fc.oneof(double(-1e308, -0.001), double(366.001, 1e308), double(0.001, 0.999));
export const DEADLINES: BodySpec = {
  base: { month: 10, quarter: 15, half: 20, year: 30 },
  fields: Object.fromEntries(
    ['month', 'quarter', 'half', 'year'].map((k) => [k, { kind: 'number', bad: badDays } satisfies Field]),
  ),
  emptyRefused: true,
};

/** A report's text read for figures: nothing stored, so only the validators can refuse it. */
export const EXTRACTION: BodySpec = {
  base: { text: 'Năm 2022, 200/216 thôn, bản có sóng băng rộng di động.', unitId: 'v63-14', period: '2022' },
  fields: {
    text: {
      kind: 'string',
      text: [1, 2000],
      bad: fc.oneof(
        badLength(1, MAX_REPORT_CHARS, false),
        fc.constantFrom('Năm 2022\u0000 200/216 thôn', '\u0000'),
      ),
    },
    unitId: { kind: 'string', optional: true, bad: badUnitId },
    period: { kind: 'string', optional: true, bad: badPeriod },
  },
  emptyRefused: true,
};

/** A review of Sơn La's submission of 2022 (the fuzz's submitted revision), refused whatever else it holds. */
export function submissionReview(ids: {
  submittedId: number;
  draftId: number;
  approvedId: number;
}): BodySpec {
  const approve = { revisionId: ids.submittedId, decision: 'approve' };
  return {
    base: { decisions: [approve] },
    fields: {
      decisions: {
        kind: 'array',
        bad: fc.constantFrom(
          [],
          [{ ...approve, decision: 'return' }], // no comment
          [{ ...approve, decision: 'return', comment: '  ' }],
          [{ ...approve, decision: 'maybe' }],
          [{ ...approve, revisionId: ids.draftId }], // not sent for review: 409
          [{ ...approve, revisionId: ids.approvedId }],
          [approve, { ...approve, revisionId: 999_999 }], // one unknown refuses all
          [{ ...approve, version: 999 }], // as it no longer is
          [{ ...approve, revisionId: -1 }],
          Array.from({ length: 101 }, () => approve),
        ),
      },
    },
    emptyRefused: true,
  };
}
