/**
 * Every route × every caller (anonymous, viewer, staff of Sơn La, staff of Quảng Trị, reviewer,
 * admin), with PUBLIC_READ off and on: the status each gets, from the table in access-matrix.cases.ts.
 * The routes come from the app and its OpenAPI document: a route without a row fails the first test,
 * so a new endpoint cannot ship without saying who may use it. One seeded database per mode; each
 * cell builds its own prerequisites (matrix-context.ts), so cells do not depend on one another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openSqlite } from '../src/db/connection.ts';
import { buildOpenApiDocument } from '../src/openapi/openapi-document.ts';
import { ROWS } from './access-matrix.cases.ts';
import { type MatrixContext, matrixContext, ROLES, type Role, type Row } from './helpers/matrix-context.ts';
import { send } from './helpers/requests.ts';
import { seededApp } from './helpers/seeded-app.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MODES = [
  ['off', false],
  ['on', true],
] as const;

const documented = Object.entries(buildOpenApiDocument().paths).flatMap(([path, item]) =>
  Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
);
const covered = new Set(ROWS.map((r) => r.route));
const CELLS = ROWS.length * ROLES.length * MODES.length;

/** `POST /revisions/{id}/approve` → a pattern for the request path, so a row cannot test the wrong route. */
function pathPattern(route: string): RegExp {
  const template = route.split(' ')[1] as string;
  const escaped = template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/?]+');
  return new RegExp(`^/api${escaped}(\\?.*)?$`);
}

function expected(row: Row, publicRead: boolean): Record<Role, number | string> {
  const statuses = [...row.expect];
  if (publicRead && row.publicAnonymous !== undefined) statuses[0] = row.publicAnonymous;
  return Object.fromEntries(ROLES.map((role, i) => [role, statuses[i]])) as Record<Role, number | string>;
}

async function cell(ctx: MatrixContext, row: Row, role: Role): Promise<number | string> {
  const method = row.route.split(' ')[0] as string;
  const request = await row.request(ctx, role);
  expect(request.path, `${row.route} requested ${request.path}`).toMatch(pathPattern(row.route));
  const cookie = row.fresh ? await ctx.freshCookie(role) : await ctx.cookie(role);
  const sent = await send(ctx.s.app, method, request.path, {
    cookie,
    body: request.body,
    ...(request.file ? { file: request.file } : {}),
  });
  await row.after?.(ctx, role, sent);
  if (row.reads && sent.status === 200) return `200 ${row.reads(sent, ctx)}`;
  return sent.status;
}

describe(`the access matrix: ${covered.size} routes, ${ROWS.length} rows × ${ROLES.length} callers × ${MODES.length} modes = ${CELLS} cells`, () => {
  it(`has a row for each of the ${documented.length} documented routes and each route the app serves`, () => {
    // The routes are fixed when the app is built: an empty database will do.
    const served = createApp(openSqlite(':memory:'))
      .routes.filter((r) => METHODS.includes(r.method))
      .map((r) => `${r.method} ${r.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')}`);
    const all = [...new Set([...served, ...documented])].sort();
    expect(
      all.filter((route) => !covered.has(route)),
      'routes without a row',
    ).toEqual([]);
    expect(
      [...covered].filter((route) => !all.includes(route)),
      'rows for no route',
    ).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(MODES)('PUBLIC_READ %s', (_, publicRead) => {
    let ctx: MatrixContext;
    beforeAll(async () => {
      ctx = matrixContext(await seededApp('sqlite', undefined, { publicRead }), publicRead);
    });

    it.each(ROWS.map((row) => [`${row.route}${row.variant ? ` (${row.variant})` : ''}`, row] as const))(
      '%s',
      async (name, row) => {
        const actual: Partial<Record<Role, number | string>> = {};
        for (const role of ROLES) actual[role] = await cell(ctx, row, role);
        expect(actual, name).toEqual(expected(row, publicRead));
      },
    );

    it('logged no server error', () => {
      expect(ctx.s.errors).toEqual([]);
    });
  });
});
