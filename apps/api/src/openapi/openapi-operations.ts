/**
 * Building blocks of the OpenAPI document: parameters and request bodies derived from the zod
 * schemas the routes validate with, and the responses every read or write may give.
 */
import { z } from 'zod';

export type Parameter = {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: unknown;
  description?: string;
};

export const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

export function queryParameters(schema: z.ZodObject): Parameter[] {
  const json = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

export const pathParam = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description,
});

/** Every error answers `{ error: { code, message: { vi, en }, field?, issues? } }` (components.schemas.ApiError). */
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

const readErrors = {
  '400': error('A parameter is invalid; `field` and `issues` name it.'),
  '401': error('Sign-in required (anonymous reads need PUBLIC_READ=on).'),
  '404': error('The unit or indicator does not exist.'),
};

const writeErrors = {
  '400': error(
    'Malformed JSON, a wrong type, an unknown field or a figure that breaks a rule; `issues` lists each field.',
  ),
  '401': error('Sign-in required.'),
  '403': error('Not allowed for this account, or refused by the CSRF guard.'),
  '409': error('The state changed meanwhile (a lost race, a stale entry) or the cell is taken.'),
  '413': error('The body is larger than 64 KiB.'),
  '415': error('The body is not JSON.'),
};

export function get(summary: string, parameters: Parameter[] = []) {
  return { get: { summary, parameters, responses: { '200': { description: 'OK' }, ...readErrors } } };
}

/** A state-changing operation: a JSON body (when given) and the write errors. */
export function write(
  summary: string,
  options: { parameters?: Parameter[]; body?: z.ZodType; ok?: string } = {},
) {
  return {
    summary,
    parameters: options.parameters ?? [],
    ...(options.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(options.body) } },
          },
        }
      : {}),
    responses: { [options.ok ?? '200']: { description: 'OK' }, ...writeErrors },
  };
}
