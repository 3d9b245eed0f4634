/**
 * The OpenAPI 3.1 description served at `/api/openapi.json`, built from the same zod
 * schemas that validate requests, so the two cannot drift apart.
 */
import {
  deadlineSettingsSchema,
  periodFormSaveSchema,
  revisionCreateSchema,
  revisionReturnSchema,
  revisionUpdateSchema,
  submissionReviewSchema,
  targetWriteSchema,
} from '@cds/core';
import { SESSION_COOKIE } from '../auth/session-cookie.ts';
import { API_ERROR_JSON_SCHEMA } from '../http/api-error.ts';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../http/csrf-guard.ts';
import { XLSX_TYPE } from '../importing/read-table.ts';
import { auditQuerySchema } from '../routes/audit/audit.route.ts';
import { loginBodySchema, passwordChangeBodySchema } from '../routes/auth/auth.route.ts';
import { briefingQuerySchema } from '../routes/briefing/briefing.route.ts';
import { compareQuerySchema } from '../routes/compare/compare.route.ts';
import { exportQuerySchema } from '../routes/exports/exports.route.ts';
import { extractionBodySchema } from '../routes/extractions/extractions.route.ts';
import { importQuerySchema, templateQuerySchema } from '../routes/imports/imports.route.ts';
import { observationsQuerySchema } from '../routes/observations/observations.route.ts';
import { pendingQuerySchema } from '../routes/pending/pending.route.ts';
import { rankingQuerySchema } from '../routes/rankings/rankings.route.ts';
import { moveQuerySchema, revisionsQuerySchema } from '../routes/revisions/revisions.route.ts';
import { seriesQuerySchema } from '../routes/series/series.route.ts';
import { summaryQuerySchema } from '../routes/summary/summary.route.ts';
import { targetsQuerySchema } from '../routes/targets/targets.route.ts';
import { unitsQuerySchema } from '../routes/units/units.route.ts';
import {
  createUserSchema,
  resetPasswordSchema,
  rolesBodySchema,
  updateUserSchema,
} from '../routes/users/users.schemas.ts';
import { get, pathParam, queryParameters, write } from './openapi-operations.ts';

const userId = pathParam('id', 'user id');
const revisionId = pathParam('id', 'revision id');
const moveParameters = [revisionId, ...queryParameters(moveQuerySchema)];
const reportParameters = [
  pathParam('unitId', 'unit id, e.g. v34-14 (Sơn La)'),
  pathParam('period', 'period key, e.g. 2026-11, 2026-Q3, 2026'),
];

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số CĐS API',
      version: '1.0.0',
      description: `Digital-transformation indicators of Vietnamese provinces. Unit ids carry their vintage: v63-44 is Quảng Bình (until 30 June 2025), v34-44 is Quảng Trị (from 1 July 2025). Period keys: 2023, 2023-H1, 2023-Q1, 2023-02. Sign in with POST /auth/login; the session travels in the HttpOnly cookie ${SESSION_COOKIE}. Every POST, PUT, PATCH and DELETE must carry the header "${CSRF_HEADER}: ${CSRF_HEADER_VALUE}" and, if any, a JSON body.`,
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      schemas: { ApiError: API_ERROR_JSON_SCHEMA },
    },
    paths: {
      '/health': get('Liveness and database reachability'),
      '/meta': get('Whether demo data is loaded, whether reads are public, and the view to open first'),
      '/auth/login': {
        post: {
          ...write('Sign in: sets the session cookie and returns the user', { body: loginBodySchema }),
          security: [],
        },
      },
      '/auth/logout': {
        post: { ...write('Sign out: ends the session and clears the cookie'), security: [] },
      },
      '/auth/me': get('The signed-in user with roles and editable provinces, or null'),
      '/auth/password': { post: write('Change one’s own password', { body: passwordChangeBodySchema }) },
      '/users': {
        ...get('All accounts with their role assignments (admins)'),
        post: write('Create an account (admins)', { body: createUserSchema, ok: '201' }),
      },
      '/users/{id}': {
        patch: write('Rename, deactivate or reactivate an account (admins)', {
          parameters: [userId],
          body: updateUserSchema,
        }),
      },
      '/users/{id}/roles': {
        put: write('Replace an account’s roles and provinces (admins)', {
          parameters: [userId],
          body: rolesBodySchema,
        }),
      },
      '/users/{id}/password': {
        post: write('Reset an account’s password (admins)', {
          parameters: [userId],
          body: resetPasswordSchema,
        }),
      },
      '/audit': get('The audit trail, newest first (admins)', queryParameters(auditQuerySchema)),
      '/indicators': get('The indicator catalogue'),
      '/indicators/{key}': get('One indicator', [pathParam('key', 'indicator key, e.g. telecom_revenue')]),
      '/units': get('Provincial units by vintage or date, with lineage', queryParameters(unitsQuerySchema)),
      '/units/{id}': get('One unit with its lineage', [pathParam('id', 'unit id, e.g. v34-19')]),
      '/sources': get(
        'The reports figures are quoted from: title, publisher and date, by the sourceRef their figures carry',
      ),
      '/observations': get('Stored figures as entered', queryParameters(observationsQuerySchema)),
      '/series': get('Resolved figures over a range of periods', queryParameters(seriesQuerySchema)),
      '/briefing/{unitId}': get(
        'A leader’s briefing on a province: summary strip, sparklines, pace to plan, drafted sentences',
        [pathParam('unitId', 'unit id, e.g. v34-14 (Sơn La)'), ...queryParameters(briefingQuerySchema)],
      ),
      '/rank-history/{unitId}': get(
        'A province’s DTI and ICT Index ranks by year: of 63 before the merger, of 34 after, its place in its region and the region’s best',
        [pathParam('unitId', 'unit id, e.g. v34-14 (Sơn La)')],
      ),
      '/compare': get(
        'Provinces compared: several indicators over a range of periods, national and regional values, plans, a table',
        queryParameters(compareQuerySchema),
      ),
      '/targets': {
        ...get('Province and national targets', queryParameters(targetsQuerySchema)),
        post: write('Set a plan (staff of the province; admins for national ones)', {
          body: targetWriteSchema,
          ok: '201',
        }),
      },
      '/targets/{id}': {
        put: write('Change a plan', { parameters: [pathParam('id', 'target id')], body: targetWriteSchema }),
        delete: write('Delete a plan', { parameters: [pathParam('id', 'target id')] }),
      },
      '/revisions': {
        ...get(
          'Proposed figures of the provinces one enters or reviews',
          queryParameters(revisionsQuerySchema),
        ),
        post: write('Propose a figure (staff of the province)', { body: revisionCreateSchema, ok: '201' }),
      },
      '/revisions/{id}': {
        patch: write('Change a draft or returned proposal', {
          parameters: [revisionId],
          body: revisionUpdateSchema,
        }),
      },
      '/revisions/{id}/submit': {
        post: write('Send a proposal for review', { parameters: moveParameters }),
      },
      '/revisions/{id}/withdraw': { post: write('Withdraw a proposal', { parameters: moveParameters }) },
      '/revisions/{id}/approve': {
        post: write(
          'Approve and publish a proposal (a reviewer of the province who neither entered nor last changed it)',
          { parameters: moveParameters },
        ),
      },
      '/revisions/{id}/return': {
        post: write('Return a proposal with a comment', {
          parameters: moveParameters,
          body: revisionReturnSchema,
        }),
      },
      '/summary/{unitId}': get('A province overview for one period', [
        pathParam('unitId', 'unit id, e.g. v63-14 (Sơn La)'),
        ...queryParameters(summaryQuerySchema),
      ]),
      '/rankings/{indicator}': get('All provinces ranked on one indicator for one period', [
        pathParam('indicator', 'indicator key'),
        ...queryParameters(rankingQuerySchema),
      ]),
      '/inbox': get('What each province the signed-in staff member reports for has due, and where it stands'),
      '/period-forms/{unitId}/{period}': {
        ...get(
          'A province’s report of one period: every indicator due, with its open revision, published figure, previous figure, plan and plausibility',
          reportParameters,
        ),
        put: write('Save the report as drafts, or submit it for review (all rows or none)', {
          parameters: reportParameters,
          body: periodFormSaveSchema,
        }),
      },
      '/submissions': get('Reports sent for review, of the provinces the caller reviews'),
      '/submissions/{unitId}/{period}': get('A submission to review, row by row', reportParameters),
      '/submissions/{unitId}/{period}/review': {
        post: write('Approve some rows and return others with a comment, in one transaction', {
          parameters: reportParameters,
          body: submissionReviewSchema,
        }),
      },
      '/settings/deadlines': {
        ...get('Reporting deadlines: days after a period ends, per period type'),
        put: write('Change the reporting deadlines (admins)', { body: deadlineSettingsSchema }),
      },
      '/pending/{unitId}': get('Figures of a province sent for review and not yet decided, for one period', [
        pathParam('unitId', 'unit id'),
        ...queryParameters(pendingQuerySchema),
      ]),
      '/figure-history/{unitId}/{indicator}/{period}': get(
        'One figure’s publications and revisions, oldest first',
        [
          pathParam('unitId', 'unit id'),
          pathParam('indicator', 'indicator key'),
          pathParam('period', 'period key'),
        ],
      ),
      '/completeness/{period}': get('Which provinces have reported a period, on time or late, per family', [
        pathParam('period', 'period key'),
      ]),
      '/imports/template/{unitId}/{period}': get(
        'The import template of a province and period, CSV or XLSX',
        [...reportParameters, ...queryParameters(templateQuerySchema)],
      ),
      '/imports/preview': {
        post: {
          ...write(
            'Read a CSV or XLSX file of figures (the request body) and list every row’s problems; writes nothing',
            {
              parameters: queryParameters(importQuerySchema),
            },
          ),
          requestBody: { required: true, content: { 'text/csv': {}, [XLSX_TYPE]: {} } },
        },
      },
      '/imports/commit': {
        post: {
          ...write(
            'Write every row of a CSV or XLSX file (the request body) as submissions for review, or none',
            {
              parameters: queryParameters(importQuerySchema),
            },
          ),
          requestBody: { required: true, content: { 'text/csv': {}, [XLSX_TYPE]: {} } },
        },
      },
      '/extractions': {
        post: write(
          'Read a report’s text for figures, plans and derived figures, each with its quote (text.slice(start, end)); stores nothing',
          { body: extractionBodySchema },
        ),
      },
      '/exports/figures': get(
        'Figures and plans of a filter as a CSV or XLSX file, with sources, status and demo flag',
        queryParameters(exportQuerySchema),
      ),
      '/openapi.json': get('This document'),
    },
  };
}
