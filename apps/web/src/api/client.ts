/** The typed API client: request and response types come from the API's own routes. */
import type { AppType } from '@cds/api';
import type { Locale } from '@cds/core';
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
 * The message to show for a failed request. The API writes its messages as
 * "tiếng Việt / English"; given a locale, only that half is shown.
 */
export function errorMessage(error: unknown, locale?: Locale): string {
  if (error instanceof DetailedError) {
    const detail = error.detail as { data?: { error?: ApiErrorBody } } | undefined;
    const body = detail?.data?.error;
    if (body?.issues?.length && locale) {
      return body.issues.map((i) => inLocale(i.message, locale)).join('; ');
    }
    return inLocale(body?.message ?? error.message, locale);
  }
  return error instanceof Error ? error.message : String(error);
}

interface ApiErrorBody {
  message?: string;
  issues?: { parameter: string; message: string }[];
}

/** One half of a bilingual "vi / en" message; anything else as it is. */
function inLocale(message: string, locale: Locale | undefined): string {
  const halves = message.split(' / ');
  if (!locale || halves.length !== 2) return message;
  return (locale === 'vi' ? halves[0] : halves[1]) as string;
}

/** The HTTP status of a failed request (undefined for a network failure). */
export function statusOf(error: unknown): number | undefined {
  return error instanceof DetailedError ? error.statusCode : undefined;
}

export type { InferResponseType };
