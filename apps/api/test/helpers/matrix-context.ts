/**
 * What the access-matrix test needs around one seeded database: the six callers (anonymous and one
 * demo account per role) with their sessions, and fresh prerequisite rows for each cell (a draft or
 * submitted revision, a target, an account), so no cell depends on what another cell did.
 */

import { insertUser } from '../../src/routes/users/users.repository.ts';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import { login, type Sent, send } from './requests.ts';
import { type Seeded, TEST_NOW } from './seeded-app.ts';

/** The callers, in the order every row of the matrix gives its statuses. */
export const ROLES = ['anonymous', 'viewer', 'sonla', 'quangtri', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Author = 'sonla' | 'quangtri' | 'admin';

export const LOGINS: Record<Exclude<Role, 'anonymous'>, string> = {
  viewer: 'demo.viewer',
  sonla: 'demo.sonla', // staff of v34-14 Sơn La, which covers the former v63-14
  quangtri: 'demo.quangtri', // staff of v34-44 Quảng Trị (covers v63-44 Quảng Bình, v63-45 Quảng Trị)
  reviewer: 'demo.reviewer', // reviewer of v34-14 and v34-44
  admin: 'demo.admin',
};

/** A valid figure for Sơn La's villages with mobile broadband (a percentage given as parts). */
export const REVISION = {
  unitId: 'v63-14',
  indicatorKey: 'villages_mobile_broadband',
  period: '2022',
  value: null,
  numerator: 200,
  denominator: 216,
  sourceRef: 'Báo cáo 15/BC-STTTT ngày 10/01/2023',
};

/** A plan for Sơn La's households with fibre broadband (a percentage); the period is filled in per cell. */
export const PLAN = {
  unitId: 'v34-14',
  indicatorKey: 'households_fibre',
  value: 80,
  source: 'Kế hoạch 12/KH-UBND',
};

/**
 * Statuses in ROLES order; a row that `reads` its answer gives a 200 as `200 <what was read>`.
 */
type Outcome = number | string;
export type Statuses = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** A row of the access matrix (access-matrix.cases.ts). */
export interface Row {
  /** Method and path as the OpenAPI document names them, e.g. `POST /revisions/{id}/approve`. */
  route: string;
  variant?: string;
  /** With PUBLIC_READ off. */
  expect: Statuses;
  /** Anonymous with PUBLIC_READ on, when that differs. */
  publicAnonymous?: number;
  /** The request ends or replaces the session it carries: send it on a new session of its own. */
  fresh?: boolean;
  request: (ctx: MatrixContext, role: Role) => Promise<CellRequest> | CellRequest;
  /**
   * What a caller notices in a 200 beyond its status (e.g. whether a draft shows), for reads whose
   * answer, not their status, depends on who asks.
   */
  reads?: (sent: Sent, ctx: MatrixContext) => string;
  /** Puts things back after the cell (a changed password). */
  after?: (ctx: MatrixContext, role: Role, sent: Sent) => Promise<void>;
}

export interface CellRequest {
  path: string;
  body?: unknown;
  /** A file as the body (imports). */
  file?: { type: string; content: string };
}

export interface MatrixContext {
  s: Seeded;
  publicRead: boolean;
  /** The caller's shared session cookie ('' for anonymous). */
  cookie(role: Role): Promise<string>;
  /** A new session of its own, for a request that ends or replaces the session it is sent with. */
  freshCookie(role: Role): Promise<string>;
  /** After a password change to `changed`: sets DEMO_PASSWORD again and drops the ended session. */
  restorePassword(role: Role, sent: Sent, changed: string): Promise<void>;
  /** Sends as an author, failing unless the answer is `expected`. */
  as(author: Author, method: string, path: string, body: unknown, expected: number): Promise<Sent>;
  /** A number never used before in this database, for logins and periods. */
  next(): number;
  /** A month no plan of this database uses yet (2026-01, 2026-02, …). */
  freshMonth(): string;
  /** A new revision of REVISION by `author`, draft or submitted, for `unitId`. */
  revision(author: Author, submit: boolean, unitId?: string): Promise<number>;
  /** A new (real) plan for Sơn La, set by an admin. */
  target(): Promise<number>;
  /** A new account with no roles, written straight to the database. */
  user(): Promise<number>;
}

export function matrixContext(s: Seeded, publicRead: boolean): MatrixContext {
  const cookies = new Map<Role, string>();
  let counter = 0;
  const freshCookie = async (role: Role) =>
    role === 'anonymous' ? '' : login(s.app, LOGINS[role], DEMO_PASSWORD);
  const ctx: MatrixContext = {
    s,
    publicRead,
    async cookie(role) {
      if (!cookies.has(role)) cookies.set(role, await freshCookie(role));
      return cookies.get(role) as string;
    },
    freshCookie,
    async restorePassword(role, sent, changed) {
      if (sent.status !== 200 || role === 'anonymous') return;
      // Every session of the account ended; the answer brought a new one.
      const cookie = (sent.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const body = { currentPassword: changed, newPassword: DEMO_PASSWORD };
      const back = await send(s.app, 'POST', '/api/auth/password', { cookie, body });
      if (back.status !== 200) throw new Error(`restoring the password of ${role}: ${back.status}`);
      cookies.delete(role);
    },
    async as(author, method, path, body, expected) {
      const sent = await send(s.app, method, path, { cookie: await ctx.cookie(author), body });
      if (sent.status !== expected) {
        throw new Error(
          `prerequisite ${method} ${path} as ${author}: ${sent.status} ${JSON.stringify(sent.body)}`,
        );
      }
      return sent;
    },
    next: () => ++counter,
    freshMonth() {
      const n = ctx.next();
      return `${2026 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    },
    async revision(author, submit, unitId = REVISION.unitId) {
      const sent = await ctx.as(author, 'POST', '/api/revisions', { ...REVISION, unitId, submit }, 201);
      return sent.body.revision.id;
    },
    async target() {
      const body = { ...PLAN, period: ctx.freshMonth() };
      return (await ctx.as('admin', 'POST', '/api/targets', body, 201)).body.id;
    },
    async user() {
      const n = ctx.next();
      const user = {
        login: `matrix.user.${n}`,
        displayName: `Tài khoản thử ${n}`,
        passwordHash: 'not-a-hash', // never matches: nobody signs in as this account
        isDemo: false,
        assignments: [],
      };
      return insertUser(s.db, user, TEST_NOW);
    },
  };
  return ctx;
}
