/**
 * Signing in and out, who am I, and changing one's own password. Every sign-in, failed sign-in,
 * refusal by the throttle, sign-out and password change leaves an audit row.
 */
import { textSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { writeAudit } from '../../audit/write-audit.ts';
import { unauthenticated } from '../../auth/access-policy.ts';
import { findAccountById, normalizeLogin, setPasswordHash } from '../../auth/accounts.repository.ts';
import { forgetAttempt, reserveAttempt, throttledError } from '../../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { newPasswordSchema, passwordProblem } from '../../auth/password-policy.ts';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.ts';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  purgeExpiredSessions,
} from '../../auth/sessions.repository.ts';
import { userView } from '../../auth/user-view.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { apiError, validate } from '../../http/validate.ts';
import { signIn } from './sign-in.ts';

export const loginBodySchema = z
  .object({ login: textSchema.min(1).max(200), password: z.string().min(1).max(1000) })
  .strict();

export const passwordChangeBodySchema = z
  .object({ currentPassword: z.string().min(1).max(1000), newPassword: newPasswordSchema })
  .strict();

const WRONG_CREDENTIALS = { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong login or password' };

export const authRoute = new Hono<AppEnv>()
  .post('/login', validate('json', loginBodySchema), async (c) => {
    const body = c.req.valid('json');
    const result = await signIn(c, normalizeLogin(body.login), body.password);
    if (result.kind === 'throttled') {
      c.header('Retry-After', String(result.minutes * 60));
      return c.json(throttledError(result.minutes), 429);
    }
    if (result.kind === 'refused') return c.json(apiError('invalid_credentials', WRONG_CREDENTIALS), 401);
    setSessionCookie(c, result.token);
    return c.json({ user: userView(await c.var.catalog(), result.user) });
  })
  .post('/logout', async (c) => {
    const { user, sessionId } = c.var;
    if (user && sessionId) {
      const now = c.var.now().toISOString();
      await c.var.db.transaction().execute(async (trx) => {
        await deleteSession(trx, sessionId);
        const entry = { action: 'auth.logout', entity: 'user', entityId: user.id };
        await writeAudit(trx, { ...entry, user, ip: c.var.clientIp }, now);
      });
    }
    clearSessionCookie(c);
    return c.json({ ok: true as const });
  })
  .get('/me', async (c) => {
    const user = c.var.user;
    return c.json({ user: user ? userView(await c.var.catalog(), user) : null });
  })
  .post('/password', validate('json', passwordChangeBodySchema), async (c) => {
    const user = c.var.user;
    if (!user) return c.json(unauthenticated(), 401);
    const { currentPassword, newPassword } = c.req.valid('json');
    const { db, clientIp: ip } = c.var;
    const now = c.var.now();
    // The current password is a password guess like any other: a stolen session must not brute-force
    // it. Counted as a failure before it is checked, as a sign-in is (login-throttle.ts).
    const attempt = await reserveAttempt(db, c.var.dialect, { login: user.login, ip }, now);
    if ('minutes' in attempt) {
      c.header('Retry-After', String(attempt.minutes * 60));
      return c.json(throttledError(attempt.minutes), 429);
    }
    const account = await findAccountById(db, user.id);
    if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
      const entry = { action: 'auth.password_change_failed', entity: 'user', entityId: user.id };
      await writeAudit(db, { ...entry, user, ip }, now.toISOString());
      const message = { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' };
      return c.json(apiError('wrong_password', message, [{ field: 'currentPassword', message }]), 400);
    }
    // The right current password: not a failure, and no sign-in either (the count goes on as it was).
    await forgetAttempt(db, attempt.id);
    const problem =
      passwordProblem(newPassword, user.login) ??
      (newPassword === currentPassword
        ? {
            vi: 'Mật khẩu mới phải khác mật khẩu cũ',
            en: 'The new password must differ from the current one',
          }
        : null);
    if (problem) {
      return c.json(
        apiError('invalid_parameter', problem, [{ field: 'newPassword', message: problem }]),
        400,
      );
    }
    const hash = await hashPassword(newPassword);
    // Every session ends, this one included, and this browser gets a fresh one: whoever else knew
    // the old password, or held a session, is out.
    const session = await db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, user.id, hash, now.toISOString());
      const ended = await deleteUserSessions(trx, user.id);
      const entry = { action: 'auth.password_change', entity: 'user', entityId: user.id };
      await writeAudit(trx, { ...entry, details: { sessionsEnded: ended }, user, ip }, now.toISOString());
      await purgeExpiredSessions(trx, now);
      return createSession(trx, user.id, now, { ip, userAgent: c.req.header('user-agent') ?? null });
    });
    setSessionCookie(c, session.token);
    return c.json({ ok: true as const });
  });
