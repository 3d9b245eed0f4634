/**
 * The API as one Hono app. `createApp(db)` takes its database, so tests run it on
 * in-memory SQLite (or PostgreSQL) through `app.request` without a server.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/connection.ts';
import { catalogCache } from './figures/catalog.ts';
import type { AppEnv } from './http/app-env.ts';
import { apiError } from './http/validate.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { healthRoute } from './routes/health/health.route.ts';
import { indicatorsRoute } from './routes/indicators/indicators.route.ts';
import { metaRoute } from './routes/meta/meta.route.ts';
import { observationsRoute } from './routes/observations/observations.route.ts';
import { rankingsRoute } from './routes/rankings/rankings.route.ts';
import { seriesRoute } from './routes/series/series.route.ts';
import { summaryRoute } from './routes/summary/summary.route.ts';
import { targetsRoute } from './routes/targets/targets.route.ts';
import { unitsRoute } from './routes/units/units.route.ts';

export interface AppOptions {
  dialect?: 'sqlite' | 'postgres';
  /** The clock (tests move it); defaults to the system clock. */
  now?: () => Date;
  logErrors?: (error: unknown) => void;
}

export function createApp(db: Db, options: AppOptions = {}) {
  const catalog = catalogCache(db);
  const logErrors = options.logErrors ?? ((error) => console.error(error));

  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('db', db);
      c.set('catalog', catalog.get);
      c.set('dialect', options.dialect ?? 'sqlite');
      c.set('now', options.now ?? (() => new Date()));
      c.set('user', null);
      await next();
    })
    .route('/health', healthRoute)
    .route('/meta', metaRoute)
    .route('/indicators', indicatorsRoute)
    .route('/units', unitsRoute)
    .route('/observations', observationsRoute)
    .route('/series', seriesRoute)
    .route('/targets', targetsRoute)
    .route('/summary', summaryRoute)
    .route('/rankings', rankingsRoute)
    .get('/openapi.json', (c) => c.json(buildOpenApiDocument()));

  // A catch-all route, not api.notFound(): a sub-app's notFound handler is dropped once it is mounted
  // with route(), and a route also keeps /api/… from falling through to the dashboard's static files.
  api.all('*', (c) => c.json(apiError('not_found', `no such endpoint: ${c.req.method} ${c.req.path}`), 404));
  api.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json(apiError('http_error', error.message), error.status);
    }
    logErrors(error);
    return c.json(apiError('internal_error', 'Lỗi máy chủ / internal server error'), 500);
  });

  return new Hono().route('/api', api);
}

export type AppType = ReturnType<typeof createApp>;
