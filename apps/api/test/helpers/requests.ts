/**
 * Raw requests for the auth and security tests, which look at status codes, cookies and headers
 * rather than only at JSON bodies. Writes carry the CSRF header unless a test takes it away.
 */
import type { App, Json } from './seeded-app.ts';

export const WRITE_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' };

export interface Sent {
  status: number;
  body: Json;
  response: Response;
}

export async function send(
  app: App,
  method: string,
  path: string,
  options: {
    body?: unknown;
    cookie?: string;
    headers?: Record<string, string>;
    /** A file as the body instead of JSON (imports). */
    file?: { type: string; content: string | Uint8Array };
  } = {},
): Promise<Sent> {
  const { file } = options;
  const response = await app.request(path, {
    method,
    headers: {
      ...WRITE_HEADERS,
      ...(file ? { 'Content-Type': file.type } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
    ...(file
      ? { body: file.content as string }
      : options.body === undefined
        ? {}
        : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('json') ?? true;
  return {
    status: response.status,
    body: text && isJson ? (JSON.parse(text) as Json) : text || null,
    response,
  };
}

/** The `name=value` part of the session cookie a response sets ('' if none). */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cds_session='));
  return cookie?.split(';')[0] ?? '';
}

/** Signs in and returns the cookie to send back; fails the test if sign-in is refused. */
export async function login(
  app: App,
  login: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const sent = await send(app, 'POST', '/api/auth/login', { body: { login, password }, headers });
  if (sent.status !== 200)
    throw new Error(`sign-in of ${login} failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  return sessionCookie(sent.response);
}

/** Who the cookie signs in as, per GET /api/auth/me (null: nobody). */
export async function whoAmI(app: App, cookie: string): Promise<string | null> {
  const sent = await send(app, 'GET', '/api/auth/me', { cookie });
  return sent.body.user?.login ?? null;
}

/** A settable clock for expiry and throttling tests. */
export function testClock(start = '2026-11-22T08:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
