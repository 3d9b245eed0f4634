/**
 * User administration, for admins only: list, create, rename, deactivate, assign roles and
 * provinces, reset a password. Each change runs in one transaction with its audit row (before and
 * after), and ends the user's sessions when it takes their access away.
 */
import { Hono } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { requireAdmin } from '../../auth/access-policy.ts';
import { setPasswordHash } from '../../auth/accounts.repository.ts';
import { hashPassword } from '../../auth/password.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import { deleteUserSessions } from '../../auth/sessions.repository.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { type ApiIssue, apiError, issuesMessage, validate } from '../../http/validate.ts';
import { assignmentIssues, hasGlobalAdmin } from './check-assignments.ts';
import {
  getUser,
  insertUser,
  listUsers,
  loginTaken,
  replaceAssignments,
  type UserRecord,
  updateUser,
} from './users.repository.ts';
import {
  createUserSchema,
  resetPasswordSchema,
  rolesBodySchema,
  updateUserSchema,
  userIdParamSchema,
} from './users.schemas.ts';

const invalid = (issues: ApiIssue[]) => apiError('invalid_parameter', issuesMessage(issues), issues);

/** What an audit row keeps of a user: never the password hash. */
const snapshot = (u: UserRecord) => ({
  login: u.login,
  displayName: u.displayName,
  isActive: u.isActive,
  assignments: u.assignments,
});

export const usersRoute = new Hono<AppEnv>()
  .use(requireAdmin({ vi: 'quản lý tài khoản', en: 'manage accounts' }))
  .get('/', async (c) => c.json({ users: await listUsers(c.var.db) }))
  .post('/', validate('json', createUserSchema), async (c) => {
    const body = c.req.valid('json');
    const issues = assignmentIssues(await c.var.catalog(), body.assignments);
    const problem = passwordProblem(body.password, body.login);
    if (problem) issues.push({ field: 'password', message: problem });
    if (issues.length > 0) return c.json(invalid(issues), 400);
    if (await loginTaken(c.var.db, body.login)) {
      return c.json(
        apiError('conflict', {
          vi: `Tên đăng nhập “${body.login}” đã có`,
          en: `Login "${body.login}" is taken`,
        }),
        409,
      );
    }
    // Hashed before the transaction: scrypt takes a tenth of a second that no lock should wait for.
    const passwordHash = await hashPassword(body.password);
    const now = c.var.now().toISOString();
    const user = await c.var.db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { ...body, passwordHash, isDemo: false }, now);
      const created = (await getUser(trx, id)) as UserRecord;
      const entry = {
        action: 'user.create',
        entity: 'user',
        entityId: id,
        details: { after: snapshot(created) },
      };
      await writeAudit(trx, { ...entry, user: c.var.user, ip: c.var.clientIp }, now);
      return created;
    });
    return c.json({ user }, 201);
  })
  .patch('/:id', validate('param', userIdParamSchema), validate('json', updateUserSchema), async (c) => {
    const { id } = c.req.valid('param');
    const change = c.req.valid('json');
    const me = c.var.user as SessionUser;
    if (change.isActive === false && id === me.id) {
      return c.json(
        apiError('invalid_parameter', {
          vi: 'Không thể tự khoá tài khoản của mình',
          en: 'You cannot deactivate yourself',
        }),
        400,
      );
    }
    const now = c.var.now().toISOString();
    const user = await c.var.db.transaction().execute(async (trx) => {
      const before = await getUser(trx, id);
      if (!before) return undefined;
      await updateUser(trx, id, change, now);
      // A deactivated user is signed out everywhere at once, not at their sessions' expiry.
      if (change.isActive === false) await deleteUserSessions(trx, id);
      const after = (await getUser(trx, id)) as UserRecord;
      const details = { before: snapshot(before), after: snapshot(after) };
      const entry = { action: 'user.update', entity: 'user', entityId: id, details };
      await writeAudit(trx, { ...entry, user: me, ip: c.var.clientIp }, now);
      return after;
    });
    return user ? c.json({ user }) : c.json(notFound('user', String(id)), 404);
  })
  .put('/:id/roles', validate('param', userIdParamSchema), validate('json', rolesBodySchema), async (c) => {
    const { id } = c.req.valid('param');
    const { assignments } = c.req.valid('json');
    const me = c.var.user as SessionUser;
    const issues = assignmentIssues(await c.var.catalog(), assignments);
    if (issues.length > 0) return c.json(invalid(issues), 400);
    if (id === me.id && !hasGlobalAdmin(assignments)) {
      const message = {
        vi: 'Không thể tự bỏ quyền quản trị của mình',
        en: 'You cannot remove your own admin role',
      };
      return c.json(apiError('invalid_parameter', message), 400);
    }
    const now = c.var.now().toISOString();
    const user = await c.var.db.transaction().execute(async (trx) => {
      const before = await getUser(trx, id);
      if (!before) return undefined;
      await replaceAssignments(trx, id, assignments);
      await updateUser(trx, id, {}, now);
      const after = (await getUser(trx, id)) as UserRecord;
      const details = { before: before.assignments, after: after.assignments };
      const entry = { action: 'user.roles', entity: 'user', entityId: id, details };
      await writeAudit(trx, { ...entry, user: me, ip: c.var.clientIp }, now);
      return after;
    });
    return user ? c.json({ user }) : c.json(notFound('user', String(id)), 404);
  })
  .post(
    '/:id/password',
    validate('param', userIdParamSchema),
    validate('json', resetPasswordSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const { newPassword } = c.req.valid('json');
      const me = c.var.user as SessionUser;
      const target = await getUser(c.var.db, id);
      if (!target) return c.json(notFound('user', String(id)), 404);
      const problem = passwordProblem(newPassword, target.login);
      if (problem) return c.json(invalid([{ field: 'newPassword', message: problem }]), 400);
      const passwordHash = await hashPassword(newPassword);
      const now = c.var.now().toISOString();
      await c.var.db.transaction().execute(async (trx) => {
        await setPasswordHash(trx, id, passwordHash, now);
        // Whoever knew the old password is signed out; an admin resetting their own keeps this session.
        const ended = await deleteUserSessions(
          trx,
          id,
          id === me.id ? (c.var.sessionId ?? undefined) : undefined,
        );
        const entry = {
          action: 'user.password_reset',
          entity: 'user',
          entityId: id,
          details: { sessionsEnded: ended },
        };
        await writeAudit(trx, { ...entry, user: me, ip: c.var.clientIp }, now);
      });
      return c.json({ user: await getUser(c.var.db, id) });
    },
  );
