/** Signs a demo account in through the real login endpoint and returns request helpers carrying its cookie. */
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import type { App, Json } from './seeded-app.ts';

export interface Client {
  get: (path: string) => Promise<{ status: number; body: Json }>;
  send: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Json }>;
}

const WRITE_HEADERS = {
  'Content-Type': 'application/json',
  'X-Requested-With': 'cds',
  Origin: 'http://localhost',
};

export async function signIn(app: App, login: string, password = DEMO_PASSWORD): Promise<Client> {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: WRITE_HEADERS,
    body: JSON.stringify({ login, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${login} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { ...WRITE_HEADERS, Cookie: cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  return { get: (path) => call('GET', path), send: call };
}
