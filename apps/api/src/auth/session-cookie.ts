/**
 * The session cookie: HttpOnly so page scripts cannot read it, SameSite=Lax so other sites'
 * requests do not carry it on POST, Secure whenever the request came over HTTPS.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env.ts';
import { SESSION_ABSOLUTE_MS } from './sessions.repository.ts';

export const SESSION_COOKIE = 'cds_session';

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.secureCookies,
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.secureCookies,
    path: '/',
  });
}
