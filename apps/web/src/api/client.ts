/** The typed API client: request and response types come from the API's own routes. */
import type { AppType } from '@cds/api';
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

/** The message to show for a failed request. */
export function errorMessage(error: unknown): string {
  if (error instanceof DetailedError) {
    const detail = error.detail as { data?: { error?: { message?: string } } } | undefined;
    return detail?.data?.error?.message ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export type { InferResponseType };
