/**
 * The request bodies of the write endpoints, for the write fuzz: a good body of each and, per
 * field, its type and the values of that type the API still refuses (fuzz-bodies.ts breaks the
 * good body with them). The figures are judged against 200 of 216 villages (92.59 %), the plans
 * against a percentage, so every "bad" value here is bad whatever else the body holds.
 */
import fc from 'fast-check';
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
