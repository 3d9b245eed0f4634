/**
 * What the write fuzz sets up before it takes its fingerprint: a session for each caller, and the
 * rows the endpoints act on (an account, a draft, a submitted and an approved revision of Sơn La's
 * figures, a plan of Sơn La and one of Quảng Trị), all made through the API.
 */
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import type { Endpoint, FuzzIds } from './fuzz-endpoints.ts';
import { REVISION_CREATE, TARGET, TARGET_USER_LOGIN, USER_CREATE } from './fuzz-fields.ts';
import { login, send } from './requests.ts';
import type { Seeded } from './seeded-app.ts';

export type Cookies = Record<Endpoint['caller'], string>;

export async function signInCallers(s: Seeded): Promise<Cookies> {
  const [admin, sonla, reviewer] = await Promise.all(
    ['demo.admin', 'demo.sonla', 'demo.reviewer'].map((who) => login(s.app, who, DEMO_PASSWORD)),
  );
  return { admin: admin as string, sonla: sonla as string, reviewer: reviewer as string, anonymous: '' };
}

export async function prerequisites(s: Seeded, cookies: Cookies): Promise<FuzzIds> {
  const ok = async (who: Endpoint['caller'], method: string, path: string, body: unknown, status: number) => {
    const sent = await send(s.app, method, path, { cookie: cookies[who], body });
    if (sent.status !== status) {
      throw new Error(`${method} ${path}: ${sent.status} ${JSON.stringify(sent.body)}`);
    }
    return sent.body;
  };
  const revision = async (period: string, submit: boolean): Promise<number> =>
    (await ok('sonla', 'POST', '/api/revisions', { ...REVISION_CREATE.base, period, submit }, 201)).revision
      .id;
  const approvedId = await revision('2020', true);
  await ok('reviewer', 'POST', `/api/revisions/${approvedId}/approve`, undefined, 200);
  const account = { ...USER_CREATE.base, login: TARGET_USER_LOGIN, assignments: [], withoutRoles: true };
  return {
    adminId: (await ok('admin', 'GET', '/api/auth/me', undefined, 200)).user.id,
    userId: (await ok('admin', 'POST', '/api/users', account, 201)).user.id,
    draftId: await revision('2022', false),
    submittedId: await revision('2021', true),
    approvedId,
    targetId: (await ok('sonla', 'POST', '/api/targets', TARGET.base, 201)).id,
    otherTargetId: (await ok('admin', 'POST', '/api/targets', { ...TARGET.base, unitId: 'v34-44' }, 201)).id,
  };
}
