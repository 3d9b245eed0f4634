/**
 * The API as one Hono app. `createApp(db)` takes its database, so tests run it on
 * in-memory SQLite (or PostgreSQL) through `app.request` without a server.
 *
 * Every /api request passes, in order: body size limit, CSRF guard and JSON-only bodies (for
 * state-changing methods), the session (who is asking), and the access policy (deny by default).
 */

import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { answerCache } from './answer-cache/answer-cache.ts';
import { accessPolicy } from './auth/access-policy.ts';
import { sessionMiddleware } from './auth/session-middleware.ts';
import { catalogCache } from './catalog/catalog.ts';
import { type Clock, systemClock } from './clock/clock.ts';
import type { Db } from './db/connection.ts';
import type { AppEnv } from './http/app-env.ts';
import { bodySizeLimit } from './http/body-size-limit.ts';
import { apiNoStore } from './http/cache-headers.ts';
import { clientIp, isHttps } from './http/client-ip.ts';
import { compressJson } from './http/compress-json.ts';
import { csrfGuard } from './http/csrf-guard.ts';
import { finiteJson } from './http/finite-json.ts';
import { requireJsonBody } from './http/require-json-body.ts';
import { securityHeaders } from './http/security-headers.ts';
import { apiError } from './http/validate.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { auditRoute } from './routes/audit/audit.route.ts';
import { authRoute } from './routes/auth/auth.route.ts';
import { briefingRoute } from './routes/briefing/briefing.route.ts';
import { compareRoute } from './routes/compare/compare.route.ts';
import { completenessRoute } from './routes/completeness/completeness.route.ts';
import { exportsRoute } from './routes/exports/exports.route.ts';
import { extractionsRoute } from './routes/extractions/extractions.route.ts';
import { figureHistoryRoute } from './routes/figure-history/figure-history.route.ts';
import { healthRoute } from './routes/health/health.route.ts';
import { importsRoute } from './routes/imports/imports.route.ts';
import { inboxRoute } from './routes/inbox/inbox.route.ts';
import { indicatorsRoute } from './routes/indicators/indicators.route.ts';
import { metaRoute } from './routes/meta/meta.route.ts';
import { observationsRoute } from './routes/observations/observations.route.ts';
import { pendingRoute } from './routes/pending/pending.route.ts';
import { periodFormsRoute } from './routes/period-forms/period-forms.route.ts';
import { rankHistoryRoute } from './routes/rank-history/rank-history.route.ts';
import { rankingsRoute } from './routes/rankings/rankings.route.ts';
import { revisionsRoute } from './routes/revisions/revisions.route.ts';
import { seriesRoute } from './routes/series/series.route.ts';
import { settingsRoute } from './routes/settings/settings.route.ts';
import { sourcesRoute } from './routes/sources/sources.route.ts';
import { submissionsRoute } from './routes/submissions/submissions.route.ts';
import { summaryRoute } from './routes/summary/summary.route.ts';
import { targetsRoute } from './routes/targets/targets.route.ts';
import { unitsRoute } from './routes/units/units.route.ts';
import { usersRoute } from './routes/users/users.route.ts';

export interface AppOptions {
  dialect?: 'sqlite' | 'postgres';
  logErrors?: (error: unknown) => void;
  /** Anonymous visitors may read published figures (PUBLIC_READ). Default false. */
  publicRead?: boolean;
  /** Secure flag on cookies; undefined: set exactly when the request came over HTTPS. */
  secureCookies?: boolean;
  /** Believe X-Forwarded-For / X-Forwarded-Proto from a reverse proxy (TRUST_PROXY). Default false. */
  trustProxy?: boolean;
  /** The clock; tests pass their own. */
  now?: Clock;
  /**
   * Keep the answers of summaries, rankings and series until the data changes (default true);
   * off, every request computes its answer from the store (the bench times both).
   */
  keepAnswers?: boolean;
}

const passThrough = createMiddleware<AppEnv>((_c, next) => next());

export function createApp(db: Db, options: AppOptions = {}) {
  const catalog = catalogCache(db);
  const logErrors = options.logErrors ?? ((error) => console.error(error));
  const now = options.now ?? systemClock;
  const trustProxy = options.trustProxy ?? false;
  const publicRead = options.publicRead ?? false;

  // Views every reader asks for, kept until a write raises the data version.
  const views = options.keepAnswers === false ? passThrough : answerCache();
  const api = new Hono<AppEnv>()
    // Outermost, so that it compresses the final answer (JSON above 1 KB, when the client accepts it).
    .use(compressJson)
    .use(finiteJson)
    .use(apiNoStore)
    .use(async (c, next) => {
      c.set('db', db);
      c.set('catalog', catalog.get);
      c.set('dialect', options.dialect ?? 'sqlite');
      c.set('now', now);
      c.set('clientIp', clientIp(c, trustProxy));
      c.set('secureCookies', options.secureCookies ?? isHttps(c, trustProxy));
      c.set('publicRead', publicRead);
      await next();
    })
    .use(bodySizeLimit)
    .use(csrfGuard)
    .use(requireJsonBody)
    .use(sessionMiddleware)
    .use(accessPolicy({ publicRead }))
    .use('/summary/*', views)
    .use('/rankings/*', views)
    .use('/series/*', views)
    .use('/compare/*', views)
    .use('/briefing/*', views)
    .route('/health', healthRoute)
    .route('/meta', metaRoute)
    .route('/auth', authRoute)
    .route('/users', usersRoute)
    .route('/audit', auditRoute)
    .route('/indicators', indicatorsRoute)
    .route('/units', unitsRoute)
    .route('/sources', sourcesRoute)
    .route('/observations', observationsRoute)
    .route('/series', seriesRoute)
    .route('/targets', targetsRoute)
    .route('/revisions', revisionsRoute)
    .route('/summary', summaryRoute)
    .route('/rankings', rankingsRoute)
    .route('/compare', compareRoute)
    .route('/briefing', briefingRoute)
    .route('/rank-history', rankHistoryRoute)
    .route('/period-forms', periodFormsRoute)
    .route('/submissions', submissionsRoute)
    .route('/inbox', inboxRoute)
    .route('/settings', settingsRoute)
    .route('/pending', pendingRoute)
    .route('/figure-history', figureHistoryRoute)
    .route('/completeness', completenessRoute)
    .route('/imports', importsRoute)
    .route('/extractions', extractionsRoute)
    .route('/exports', exportsRoute)
    .get('/openapi.json', (c) => c.json(buildOpenApiDocument()));

  // A catch-all route, not api.notFound(): a sub-app's notFound handler is dropped once it is mounted
  // with route(), and a route also keeps /api/… from falling through to the dashboard's static files.
  api.all('*', (c) =>
    c.json(
      apiError('not_found', {
        vi: `Không có địa chỉ API này: ${c.req.method} ${c.req.path}`,
        en: `no such endpoint: ${c.req.method} ${c.req.path}`,
      }),
      404,
    ),
  );
  api.onError((error, c) => {
    if (error instanceof HTTPException) {
      // The JSON validator throws a 400 for a body that does not parse.
      const code = error.status === 400 ? 'invalid_body' : 'http_error';
      const message =
        error.status === 400
          ? { vi: `Dữ liệu gửi lên không hợp lệ (${error.message})`, en: error.message }
          : { vi: `Lỗi yêu cầu (${error.message})`, en: error.message };
      return c.json(apiError(code, message), error.status);
    }
    logErrors(error);
    return c.json(apiError('internal_error', { vi: 'Lỗi máy chủ', en: 'internal server error' }), 500);
  });

  // Security headers on every answer, the dashboard's files included when the server mounts this app at /.
  return new Hono().use(securityHeaders).route('/api', api);
}

export type AppType = ReturnType<typeof createApp>;
