/**
 * Errors as data: every error the API sends has one shape, with its message in both languages so
 * the client shows the user's own (never a "vi / en" string to split):
 *
 *   { "error": { "code": "invalid_figure", "message": { "vi": "…", "en": "…" },
 *                "field": "numerator", "issues": [{ "field": "numerator", "code": "…", "message": { "vi", "en" } }] } }
 *
 * `code` is stable, for programs; `field` names the one field the error is about, when there is
 * one; `issues` lists every problem of a rejected form, field by field.
 */
import type { Bilingual } from '@cds/core';

export interface ApiIssue {
  field: string;
  code?: string;
  message: Bilingual;
}

export interface ApiError {
  error: { code: string; message: Bilingual; field?: string; issues?: ApiIssue[] };
}

/** A message in both languages. */
export const bilingual = (vi: string, en: string): Bilingual => ({ vi, en });

/**
 * @example apiError('conflict', bilingual('Đã có kế hoạch', 'A plan exists'))
 * @example apiError('invalid_figure', summary, issues) // `field` set when every issue names the same field
 */
export function apiError(code: string, message: Bilingual, issues?: readonly ApiIssue[]): ApiError {
  const fields = new Set(issues?.map((i) => i.field));
  const field = fields.size === 1 ? [...fields][0] : undefined;
  return {
    error: {
      code,
      message,
      ...(field ? { field } : {}),
      ...(issues && issues.length > 0 ? { issues: [...issues] } : {}),
    },
  };
}

/** One message summing up several issues: "numerator: …; denominator: …". */
export function issuesMessage(issues: readonly ApiIssue[]): Bilingual {
  return {
    vi: issues.map((i) => i.message.vi).join('; '),
    en: issues.map((i) => i.message.en).join('; '),
  };
}

/** The error's shape as JSON Schema, for the OpenAPI description. */
export const API_ERROR_JSON_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable snake_case code for programs' },
        message: {
          type: 'object',
          required: ['vi', 'en'],
          properties: { vi: { type: 'string' }, en: { type: 'string' } },
          description: 'The message in Vietnamese and English',
        },
        field: { type: 'string', description: 'The one field the error is about, when there is one' },
        issues: {
          type: 'array',
          description: 'Every problem of a rejected form, field by field',
          items: {
            type: 'object',
            required: ['field', 'message'],
            properties: {
              field: { type: 'string' },
              code: { type: 'string' },
              message: {
                type: 'object',
                required: ['vi', 'en'],
                properties: { vi: { type: 'string' }, en: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
} as const;
