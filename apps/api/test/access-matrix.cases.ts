/**
 * The access matrix as data: one row per route the API serves (plus a few variants), each with a
 * concrete request and the status every caller gets, in ROLES order:
 *   [anonymous, viewer, staff of Sơn La, staff of Quảng Trị, reviewer of both, admin]
 * with PUBLIC_READ off; `publicAnonymous` is the anonymous status with PUBLIC_READ on when it differs.
 * Writes build their prerequisites (a draft, a submitted revision, a plan, an account) fresh per cell.
 */
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { LOGINS, PLAN, REVISION, type Row, type Statuses } from './helpers/matrix-context.ts';
import type { Sent } from './helpers/requests.ts';

const EVERYONE: Statuses = [200, 200, 200, 200, 200, 200];
const SIGNED_IN: Statuses = [401, 200, 200, 200, 200, 200];
const adminOnly = (ok: number): Statuses => [401, 403, 403, 403, 403, ok];
/** Staff of Sơn La (v34-14, covering v63-14) and admins. */
const sonlaStaff = (ok: number): Statuses => [401, 403, ok, 403, 403, ok];
/** A reviewer of the province and admins; nobody else, and never the entry's author. */
const sonlaReviewers: Statuses = [401, 403, 403, 403, 200, 200];

const open = (route: string, path: string): Row => ({ route, expect: EVERYONE, request: () => ({ path }) });
/** A read of published figures or reference data: anonymous callers only with PUBLIC_READ on. */
const figures = (route: string, path: string): Row => ({
  route,
  expect: SIGNED_IN,
  publicAnonymous: 200,
  request: () => ({ path }),
});

const PUBLISHED_ONLY = '200 published history only';
const UNPUBLISHED_SHOWN = '200 with drafts and submissions';

/** Whether a figure's history shows unpublished work (its value, note, source and author). */
function historyShows(sent: Sent): string {
  const { revisions } = sent.body as { revisions: { status: string }[] };
  const unpublished = revisions.filter((r) => r.status !== 'approved');
  return unpublished.length > 0 ? UNPUBLISHED_SHOWN.slice(4) : PUBLISHED_ONLY.slice(4);
}

const NEW_PASSWORD = 'matrix-changed-password';

/** One figure of Sơn La for November 2026, as a CSV. */
const IMPORT_FILE = {
  type: 'text/csv',
  content: 'Mã tỉnh,Kỳ,Mã chỉ tiêu,Giá trị,Nguồn\nv34-14,2026-11,bts_4g_added,35,Báo cáo 210/BC-SKHCN\n',
};

export const ROWS: readonly Row[] = [
  open('GET /health', '/api/health'),
  open('GET /meta', '/api/meta'),
  open('GET /openapi.json', '/api/openapi.json'),
  open('GET /auth/me', '/api/auth/me'),
  figures('GET /indicators', '/api/indicators'),
  figures('GET /indicators/{key}', '/api/indicators/telecom_revenue'),
  figures('GET /units', '/api/units?vintage=34'),
  figures('GET /units/{id}', '/api/units/v34-14'),
  figures('GET /sources', '/api/sources'),
  figures('GET /observations', '/api/observations?unit=v63-14&indicator=villages_mobile_broadband'),
  figures(
    'GET /series',
    '/api/series?indicator=telecom_revenue&unit=v34-14&periodType=year&from=2019&to=2025',
  ),
  figures('GET /targets', '/api/targets?unit=v34-14'),
  figures('GET /summary/{unitId}', '/api/summary/v63-14?period=2023'),
  figures('GET /rankings/{indicator}', '/api/rankings/dti_rank?period=2022'),
  figures('GET /briefing/{unitId}', '/api/briefing/v34-14?period=2026'),
  figures('GET /rank-history/{unitId}', '/api/rank-history/v34-14'),
  figures(
    'GET /compare',
    '/api/compare?unit=v34-14,v34-11&indicator=telecom_revenue&periodType=year&from=2019&to=2024',
  ),
  // Not a published figure: open to every signed-in user (each sees the provinces they work on).
  { route: 'GET /revisions', expect: SIGNED_IN, request: () => ({ path: '/api/revisions?limit=5' }) },
  { route: 'GET /users', expect: adminOnly(200), request: () => ({ path: '/api/users' }) },
  { route: 'GET /audit', expect: adminOnly(200), request: () => ({ path: '/api/audit?limit=5' }) },

  {
    route: 'POST /auth/login',
    expect: EVERYONE,
    fresh: true,
    request: (_, role) => ({
      path: '/api/auth/login',
      body: { login: LOGINS[role === 'anonymous' ? 'viewer' : role], password: DEMO_PASSWORD },
    }),
  },
  {
    route: 'POST /auth/password',
    expect: SIGNED_IN,
    fresh: true,
    request: () => ({
      path: '/api/auth/password',
      body: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    }),
    after: (ctx, role, sent) => ctx.restorePassword(role, sent, NEW_PASSWORD),
  },
  {
    route: 'POST /users',
    expect: adminOnly(201),
    request: (ctx) => ({
      path: '/api/users',
      body: {
        login: `matrix.new.${ctx.next()}`,
        displayName: 'Cán bộ mới',
        password: 'a-long-enough-password',
        assignments: [{ role: 'staff', unitId: 'v34-01' }],
      },
    }),
  },
  {
    route: 'PATCH /users/{id}',
    expect: adminOnly(200),
    request: async (ctx) => ({ path: `/api/users/${await ctx.user()}`, body: { displayName: 'Tên mới' } }),
  },
  {
    route: 'PUT /users/{id}/roles',
    expect: adminOnly(200),
    request: async (ctx) => ({
      path: `/api/users/${await ctx.user()}/roles`,
      body: { assignments: [{ role: 'viewer', unitId: null }] },
    }),
  },
  {
    route: 'POST /users/{id}/password',
    expect: adminOnly(200),
    request: async (ctx) => ({
      path: `/api/users/${await ctx.user()}/password`,
      body: { newPassword: 'a-reset-long-password' },
    }),
  },

  {
    route: 'POST /targets',
    expect: sonlaStaff(201),
    request: (ctx) => ({ path: '/api/targets', body: { ...PLAN, period: ctx.freshMonth() } }),
  },
  {
    route: 'POST /targets',
    variant: 'national',
    expect: adminOnly(201),
    request: (ctx) => ({ path: '/api/targets', body: { ...PLAN, unitId: null, period: ctx.freshMonth() } }),
  },
  {
    route: 'PUT /targets/{id}',
    expect: sonlaStaff(200),
    request: async (ctx) => ({
      path: `/api/targets/${await ctx.target()}`,
      body: { ...PLAN, period: ctx.freshMonth(), value: 85 },
    }),
  },
  {
    route: 'DELETE /targets/{id}',
    expect: sonlaStaff(200),
    request: async (ctx) => ({ path: `/api/targets/${await ctx.target()}` }),
  },

  {
    route: 'POST /revisions',
    expect: sonlaStaff(201),
    request: () => ({ path: '/api/revisions', body: REVISION }),
  },
  {
    route: 'POST /revisions',
    variant: 'Quảng Bình (v63-44), now part of Quảng Trị',
    expect: [401, 403, 403, 201, 403, 201],
    request: () => ({ path: '/api/revisions', body: { ...REVISION, unitId: 'v63-44' } }),
  },
  {
    route: 'PATCH /revisions/{id}',
    expect: sonlaStaff(200),
    request: async (ctx) => ({
      path: `/api/revisions/${await ctx.revision('sonla', false)}`,
      body: { denominator: 220 },
    }),
  },
  {
    route: 'POST /revisions/{id}/submit',
    expect: sonlaStaff(200),
    request: async (ctx) => ({ path: `/api/revisions/${await ctx.revision('sonla', false)}/submit` }),
  },
  {
    route: 'POST /revisions/{id}/withdraw',
    expect: sonlaStaff(200),
    request: async (ctx) => ({ path: `/api/revisions/${await ctx.revision('sonla', false)}/withdraw` }),
  },
  {
    route: 'POST /revisions/{id}/approve',
    expect: sonlaReviewers,
    request: async (ctx) => ({ path: `/api/revisions/${await ctx.revision('sonla', true)}/approve` }),
  },
  {
    route: 'POST /revisions/{id}/approve',
    variant: 'an admin’s own entry',
    expect: [401, 403, 403, 403, 200, 403],
    request: async (ctx) => ({ path: `/api/revisions/${await ctx.revision('admin', true)}/approve` }),
  },
  {
    route: 'POST /revisions/{id}/approve',
    variant: 'Quảng Bình entered by staff of Quảng Trị',
    expect: sonlaReviewers,
    request: async (ctx) => ({
      path: `/api/revisions/${await ctx.revision('quangtri', true, 'v63-44')}/approve`,
    }),
  },
  {
    route: 'POST /revisions/{id}/return',
    expect: sonlaReviewers,
    request: async (ctx) => ({
      path: `/api/revisions/${await ctx.revision('sonla', true)}/return`,
      body: { comment: 'Sai mẫu số' },
    }),
  },
  { route: 'GET /inbox', expect: SIGNED_IN, request: () => ({ path: '/api/inbox' }) },
  {
    route: 'GET /imports/template/{unitId}/{period}',
    expect: [401, 403, 200, 403, 403, 200],
    request: () => ({ path: '/api/imports/template/v34-14/2026-11?format=csv' }),
  },
  {
    route: 'POST /imports/preview',
    // Anyone signed in may have a file read; rows of provinces they do not report for are listed as problems.
    expect: SIGNED_IN,
    request: () => ({ path: '/api/imports/preview', file: IMPORT_FILE }),
  },
  {
    route: 'POST /imports/commit',
    // Staff of Sơn La and admins write; everyone else gets the rows refused (400), nothing written.
    expect: [401, 400, 200, 400, 400, 200],
    request: () => ({ path: '/api/imports/commit', file: IMPORT_FILE }),
  },
  {
    route: 'POST /extractions',
    // Anyone signed in may have a report read: it stores nothing.
    expect: SIGNED_IN,
    request: () => ({
      path: '/api/extractions',
      body: { text: 'Năm 2023, tỉnh Sơn La có 212/216 bản được phủ sóng băng rộng di động.' },
    }),
  },
  {
    route: 'GET /exports/figures',
    expect: SIGNED_IN,
    request: () => ({
      path: '/api/exports/figures?format=csv&unit=v34-14&indicator=telecom_revenue&from=2024&to=2025',
    }),
  },
  {
    route: 'GET /pending/{unitId}',
    expect: SIGNED_IN,
    request: () => ({ path: '/api/pending/v34-14?period=2026-11' }),
  },
  {
    // A draft and a submission by staff of Sơn La: shown to those who may see the period's form
    // (its staff, the province's reviewer, admins); everyone else sees the published history only.
    route: 'GET /figure-history/{unitId}/{indicator}/{period}',
    expect: [401, PUBLISHED_ONLY, UNPUBLISHED_SHOWN, PUBLISHED_ONLY, UNPUBLISHED_SHOWN, UNPUBLISHED_SHOWN],
    request: async (ctx) => {
      await ctx.revision('sonla', false);
      await ctx.revision('sonla', true);
      return { path: '/api/figure-history/v63-14/villages_mobile_broadband/2022' };
    },
    reads: historyShows,
  },
  {
    route: 'GET /figure-history/{unitId}/{indicator}/{period}',
    variant: 'Quảng Bình (v63-44), submitted by staff of Quảng Trị',
    expect: [401, PUBLISHED_ONLY, PUBLISHED_ONLY, UNPUBLISHED_SHOWN, UNPUBLISHED_SHOWN, UNPUBLISHED_SHOWN],
    request: async (ctx) => {
      await ctx.revision('quangtri', true, 'v63-44');
      return { path: '/api/figure-history/v63-44/villages_mobile_broadband/2022' };
    },
    reads: historyShows,
  },
  {
    route: 'GET /completeness/{period}',
    expect: SIGNED_IN,
    request: () => ({ path: '/api/completeness/2026-11' }),
  },
  {
    route: 'GET /period-forms/{unitId}/{period}',
    expect: [401, 403, 200, 403, 200, 200],
    request: () => ({ path: '/api/period-forms/v34-14/2026-11' }),
  },
  {
    route: 'PUT /period-forms/{unitId}/{period}',
    expect: sonlaStaff(200),
    request: () => ({
      path: '/api/period-forms/v34-14/2026-11',
      body: {
        sourceRef: 'Báo cáo 210/BC-SKHCN ngày 05/12/2026',
        rows: [{ indicatorKey: 'villages_mobile_broadband', numerator: 212, denominator: 216 }],
      },
    }),
  },
  { route: 'GET /submissions', expect: SIGNED_IN, request: () => ({ path: '/api/submissions' }) },
  {
    route: 'GET /submissions/{unitId}/{period}',
    expect: sonlaReviewers,
    request: () => ({ path: '/api/submissions/v63-14/2022' }),
  },
  {
    route: 'POST /submissions/{unitId}/{period}/review',
    expect: sonlaReviewers,
    request: async (ctx) => ({
      path: '/api/submissions/v63-14/2022/review',
      body: { decisions: [{ revisionId: await ctx.revision('sonla', true), decision: 'approve' }] },
    }),
  },
  {
    route: 'GET /settings/deadlines',
    expect: SIGNED_IN,
    request: () => ({ path: '/api/settings/deadlines' }),
  },
  {
    route: 'PUT /settings/deadlines',
    expect: adminOnly(200),
    request: () => ({
      path: '/api/settings/deadlines',
      body: { month: 10, quarter: 15, half: 20, year: 30 },
    }),
  },
  // Last: signing out.
  {
    route: 'POST /auth/logout',
    expect: EVERYONE,
    fresh: true,
    request: () => ({ path: '/api/auth/logout' }),
  },
];
