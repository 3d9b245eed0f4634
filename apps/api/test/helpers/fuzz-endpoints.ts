/**
 * Every write endpoint of the API for the write fuzz: who may call it, the ids it acts on (`live`:
 * where a good request would succeed; `dead`: where any request is refused, for endpoints that
 * ignore their body), its body (fuzz-fields.ts), and well-formed requests it refuses all the same.
 */
import fc from 'fast-check';
import { MAX_EXTRACTION_BYTES } from '../../src/http/body-size-limit.ts';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import type { BodySpec } from './fuzz-bodies.ts';
import {
  DEADLINES,
  EXTRACTION,
  LOGIN,
  PASSWORD_CHANGE,
  PERIOD_FORM,
  REVISION_CREATE,
  REVISION_PATCH,
  REVISION_RETURN,
  submissionReview,
  TARGET,
  TARGET_USER_LOGIN,
  USER_CREATE,
  USER_PASSWORD_RESET,
  USER_PATCH,
  USER_ROLES,
} from './fuzz-fields.ts';
import { hostileText } from './fuzz-values.ts';

export interface FuzzIds {
  /** demo.admin, who calls the user admin. */
  adminId: number;
  /** An account the admin acts on (TARGET_USER_LOGIN). */
  userId: number;
  draftId: number;
  submittedId: number;
  approvedId: number;
  /** Sơn La's plan for households_fibre in 2026; `otherTargetId` is Quảng Trị's. */
  targetId: number;
  otherTargetId: number;
}

export interface Endpoint {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  caller: 'admin' | 'sonla' | 'reviewer' | 'anonymous';
  path: (id: string) => string;
  live?: number;
  dead?: number;
  body?: BodySpec;
  /** The largest body it takes, when not the usual 64 KiB. */
  maxBody?: number;
  /** Well-formed requests that are refused all the same (a taken login, a move from the wrong state). */
  extra?: fc.Arbitrary<{ id?: number; body?: unknown }>;
}

/** `name` is `METHOD /path/{id}`; the path is the name's with /api and the id filled in. */
function endpoint(name: string, caller: Endpoint['caller'], more: Partial<Endpoint> = {}): Endpoint {
  const [method, template] = name.split(' ') as [Endpoint['method'], string];
  return { name, method, caller, path: (id) => `/api${template.replace('{id}', id)}`, ...more };
}

export function writeEndpoints(ids: FuzzIds): Endpoint[] {
  const { adminId, userId, draftId, submittedId, approvedId, targetId } = ids;
  const taken = ['demo.sonla', 'DEMO.SONLA', ' demo.admin ', 'admin', TARGET_USER_LOGIN];
  const sameNameAs = (login: string) => ({ ...USER_CREATE.base, login, assignments: [], withoutRoles: true });
  return [
    endpoint('POST /users', 'admin', {
      body: USER_CREATE,
      extra: fc.constantFrom(...taken).map((login) => ({ body: sameNameAs(login) })),
    }),
    endpoint('PATCH /users/{id}', 'admin', {
      live: userId,
      body: USER_PATCH,
      extra: fc.constant({ id: adminId, body: { isActive: false } }),
    }),
    endpoint('PUT /users/{id}/roles', 'admin', {
      live: userId,
      body: USER_ROLES,
      // Taking one's own admin role away.
      extra: fc
        .constantFrom([], [{ role: 'viewer', unitId: null }], [{ role: 'staff', unitId: 'v34-14' }])
        .map((assignments) => ({ id: adminId, body: { assignments } })),
    }),
    endpoint('POST /users/{id}/password', 'admin', { live: userId, body: USER_PASSWORD_RESET }),
    endpoint('POST /targets', 'sonla', { body: TARGET }),
    endpoint('PUT /targets/{id}', 'sonla', {
      live: targetId,
      body: TARGET,
      extra: fc.constant({ id: ids.otherTargetId, body: TARGET.base }),
    }),
    endpoint('DELETE /targets/{id}', 'sonla', { live: targetId, dead: ids.otherTargetId }),
    endpoint('POST /revisions', 'sonla', { body: REVISION_CREATE }),
    endpoint('PATCH /revisions/{id}', 'sonla', {
      live: draftId,
      body: REVISION_PATCH,
      extra: fc.constantFrom(submittedId, approvedId).map((id) => ({ id, body: { note: 'Sửa' } })),
    }),
    // The moves ignore any body: bodies go to the approved revision, which no move may leave.
    endpoint('POST /revisions/{id}/submit', 'sonla', {
      live: draftId,
      dead: approvedId,
      extra: fc.constant({ id: submittedId }),
    }),
    endpoint('POST /revisions/{id}/withdraw', 'sonla', { live: draftId, dead: approvedId }),
    endpoint('POST /revisions/{id}/approve', 'reviewer', {
      live: submittedId,
      dead: approvedId,
      extra: fc.constant({ id: draftId }),
    }),
    endpoint('POST /revisions/{id}/return', 'reviewer', {
      live: submittedId,
      body: REVISION_RETURN,
      extra: fc.constantFrom(draftId, approvedId).map((id) => ({ id, body: REVISION_RETURN.base })),
    }),
    // Whole reports: one path each, so no id in it.
    endpoint('PUT /period-forms/{unitId}/{period}', 'sonla', {
      path: () => '/api/period-forms/v34-14/2026-11',
      body: PERIOD_FORM,
    }),
    endpoint('POST /submissions/{unitId}/{period}/review', 'reviewer', {
      path: () => '/api/submissions/v63-14/2022/review',
      body: submissionReview(ids),
    }),
    endpoint('PUT /settings/deadlines', 'admin', { body: DEADLINES }),
    // Writes nothing, but takes a report's text: the same guards, and a body limit of its own.
    endpoint('POST /extractions', 'sonla', { body: EXTRACTION, maxBody: MAX_EXTRACTION_BYTES }),
  ];
}

/** The auth endpoints, fuzzed on an app of their own: failed sign-ins lock accounts and addresses. */
export function authEndpoints(): Endpoint[] {
  return [
    endpoint('POST /auth/login', 'anonymous', {
      body: LOGIN,
      // Well-formed, wrong: 401, and 429 once the account or the address is locked.
      extra: fc
        .record({
          login: fc.oneof(
            fc.constantFrom('demo.admin', 'demo.sonla', 'admin', 'nobody.here'),
            hostileText(1, 200),
          ),
          password: hostileText(1, 1000),
        })
        .map((body) => ({ body })),
    }),
    endpoint('POST /auth/password', 'sonla', {
      body: PASSWORD_CHANGE,
      // The right current password and a new one the policy refuses, or a wrong one (locks after 5).
      extra: fc.oneof(
        fc
          .constantFrom('demo.sonla', ' DEMO.SONLA ', DEMO_PASSWORD, 'short')
          .map((newPassword) => ({ body: { currentPassword: DEMO_PASSWORD, newPassword } })),
        hostileText(1, 1000).map((currentPassword) => ({
          body: { currentPassword, newPassword: 'a-new-long-password' },
        })),
      ),
    }),
    // No body to break: only the guards (CSRF, content type, size) may refuse it, and must.
    endpoint('POST /auth/logout', 'sonla'),
  ];
}
