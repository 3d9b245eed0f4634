/**
 * The one error shape (src/http/api-error.ts), asserted on every refusal the fuzz and bad-input
 * tests provoke: `{ error: { code, message: { vi, en }, field?, issues?: [{ field, message: { vi, en } }] } }`.
 */
import { expect } from 'vitest';

const isText = (x: unknown) => typeof x === 'string' && x.length > 0;

export function expectErrorShape(status: number, text: string, context: string): void {
  if (status < 400) return;
  const body = JSON.parse(text) as { error?: Record<string, unknown> };
  const error = body.error;
  const message = error?.message as { vi?: unknown; en?: unknown } | undefined;
  const ok =
    !!error &&
    isText(error.code) &&
    isText(message?.vi) &&
    isText(message?.en) &&
    (error.field === undefined || isText(error.field)) &&
    (error.issues === undefined ||
      (Array.isArray(error.issues) &&
        error.issues.every(
          (i: { field?: unknown; message?: { vi?: unknown; en?: unknown } }) =>
            isText(i.field) && isText(i.message?.vi) && isText(i.message?.en),
        )));
  expect(ok, `${context} → ${status} ${text.slice(0, 300)}`).toBe(true);
}
