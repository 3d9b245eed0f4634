/** The typed API client: request and response types come from the API's own routes. */
import type { AppType } from '@cds/api';
import type { Bilingual, Locale } from '@cds/core';
import { DetailedError, hc, type InferResponseType, parseResponse } from 'hono/client';

/**
 * Every request carries `X-Requested-With: cds`: the API refuses state-changing requests
 * without it, which a form posted from another site cannot add (CSRF protection).
 */
export const client = hc<AppType>('/', { headers: { 'X-Requested-With': 'cds' } }).api;

/**
 * Unwraps a client response: the typed JSON body on success; on failure a
 * DetailedError whose message is the API's own (it names the bad parameter).
 */
export const ok = parseResponse;

/**
 * The message to show for a failed request, in the user's language: the API sends every error
 * as `{ error: { code, message: { vi, en }, field?, issues? } }` (apps/api/src/http/api-error.ts).
 */
export function errorMessage(error: unknown, locale: Locale = 'vi'): string {
  if (error instanceof DetailedError) {
    const body = apiErrorOf(error);
    if (body?.issues?.length) return body.issues.map((i) => i.message[locale]).join('; ');
    return body?.message?.[locale] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The API's per-field issues of a rejected form, by field, in the user's language. */
export function fieldErrors(error: unknown, locale: Locale = 'vi'): Record<string, string> {
  const body = error instanceof DetailedError ? apiErrorOf(error) : null;
  const byField: Record<string, string> = {};
  for (const issue of body?.issues ?? []) {
    byField[issue.field] = byField[issue.field]
      ? `${byField[issue.field]}; ${issue.message[locale]}`
      : issue.message[locale];
  }
  return byField;
}

interface ApiErrorBody {
  code?: string;
  message?: Bilingual;
  field?: string;
  issues?: { field: string; code?: string; message: Bilingual }[];
}

function apiErrorOf(error: DetailedError): ApiErrorBody | null {
  const detail = error.detail as { data?: { error?: ApiErrorBody } } | undefined;
  return detail?.data?.error ?? null;
}

/** The HTTP status of a failed request (undefined for a network failure). */
export function statusOf(error: unknown): number | undefined {
  return error instanceof DetailedError ? error.statusCode : undefined;
}

export type { InferResponseType };
