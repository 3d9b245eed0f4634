/**
 * One sign-in attempt: throttle check, password check (as slow for an unknown login as for a
 * wrong password, so timing does not reveal which accounts exist), then a new session. The
 * attempt is recorded as a failure before the password is checked (login-throttle.ts), so that
 * concurrent guesses cannot outrun the throttle; a right password then marks it succeeded in the
 * transaction that writes the audit row and the session.
 */
import type { Context } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { findAccountByLogin, toSessionUser } from '../../auth/accounts.repository.ts';
import { markAttemptSucceeded, reserveAttempt } from '../../auth/login-throttle.ts';
import { verifyNothing, verifyPassword } from '../../auth/password.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import { createSession, deleteSession, purgeExpiredSessions } from '../../auth/sessions.repository.ts';
import type { AppEnv } from '../../http/app-env.ts';

export type SignInResult =
  | { kind: 'signed_in'; token: string; user: SessionUser }
  | { kind: 'throttled'; minutes: number }
  | { kind: 'refused' };

export async function signIn(c: Context<AppEnv>, login: string, password: string): Promise<SignInResult> {
  const { db, clientIp: ip } = c.var;
  const now = c.var.now();
  const at = now.toISOString();
  const attempt = await reserveAttempt(db, c.var.dialect, { login, ip }, now);
  if ('minutes' in attempt) {
    const { minutes } = attempt;
    const entry = { action: 'auth.login_throttled', entity: 'user', login, details: { minutes } };
    await writeAudit(db, { ...entry, ip }, at);
    return { kind: 'throttled', minutes };
  }

  const account = await findAccountByLogin(db, login);
  const matches = account
    ? await verifyPassword(password, account.passwordHash)
    : await verifyNothing(password);
  if (!account || !matches || !account.isActive) {
    const reason = !account ? 'unknown_login' : !matches ? 'wrong_password' : 'inactive';
    // The attempt is already recorded as a failure.
    const entry = { action: 'auth.login_failed', entity: 'user', entityId: account?.id ?? null };
    // The login typed is kept (cut short): it may be a mistyped password, so never more than that.
    await writeAudit(db, { ...entry, login: login.slice(0, 100), details: { reason }, ip }, at);
    return { kind: 'refused' };
  }

  const user = await toSessionUser(db, account);
  const previous = c.var.sessionId;
  const session = await db.transaction().execute(async (trx) => {
    await markAttemptSucceeded(trx, attempt.id);
    // A new sign-in replaces the session this browser had: ids never carry over.
    if (previous) await deleteSession(trx, previous);
    await purgeExpiredSessions(trx, now);
    await writeAudit(trx, { action: 'auth.login', entity: 'user', entityId: account.id, user, ip }, at);
    return createSession(trx, account.id, now, { ip, userAgent: c.req.header('user-agent') ?? null });
  });
  return { kind: 'signed_in', token: session.token, user };
}
