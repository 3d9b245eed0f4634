/**
 * The OpenAPI 3.1 description served at `/api/openapi.json`, built from the same zod
 * schemas that validate requests, so the two cannot drift apart.
 */
import { z } from 'zod';
import { observationsQuerySchema } from '../routes/observations/observations.route.ts';
import { rankingQuerySchema } from '../routes/rankings/rankings.route.ts';
import { seriesQuerySchema } from '../routes/series/series.route.ts';
import { summaryQuerySchema } from '../routes/summary/summary.route.ts';
import { targetsQuerySchema } from '../routes/targets/targets.route.ts';
import { unitsQuerySchema } from '../routes/units/units.route.ts';

type Parameter = {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: unknown;
  description?: string;
};

function queryParameters(schema: z.ZodObject): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

const pathParam = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description,
});

const errorResponses = {
  '400': { description: 'A parameter is invalid; the message names it.' },
  '404': { description: 'The unit or indicator does not exist.' },
};

function get(summary: string, parameters: Parameter[] = []) {
  return { get: { summary, parameters, responses: { '200': { description: 'OK' }, ...errorResponses } } };
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số CĐS API',
      version: '1.0.0',
      description:
        'Digital-transformation indicators of Vietnamese provinces. Unit ids carry their vintage: v63-44 is Quảng Bình (until 30 June 2025), v34-44 is Quảng Trị (from 1 July 2025). Period keys: 2023, 2023-H1, 2023-Q1, 2023-02.',
    },
    servers: [{ url: '/api' }],
    paths: {
      '/health': get('Liveness and database reachability'),
      '/meta': get('Whether demo data is loaded, and the view to open first'),
      '/indicators': get('The indicator catalogue'),
      '/indicators/{key}': get('One indicator', [pathParam('key', 'indicator key, e.g. telecom_revenue')]),
      '/units': get('Provincial units by vintage or date, with lineage', queryParameters(unitsQuerySchema)),
      '/units/{id}': get('One unit with its lineage', [pathParam('id', 'unit id, e.g. v34-19')]),
      '/observations': get('Stored figures as entered', queryParameters(observationsQuerySchema)),
      '/series': get('Resolved figures over a range of periods', queryParameters(seriesQuerySchema)),
      '/targets': get('Province and national targets', queryParameters(targetsQuerySchema)),
      '/summary/{unitId}': get('A province overview for one period', [
        pathParam('unitId', 'unit id, e.g. v63-14 (Sơn La)'),
        ...queryParameters(summaryQuerySchema),
      ]),
      '/rankings/{indicator}': get('All provinces ranked on one indicator for one period', [
        pathParam('indicator', 'indicator key'),
        ...queryParameters(rankingQuerySchema),
      ]),
      '/openapi.json': get('This document'),
    },
  };
}
