/**
 * A form field checked with the API's own zod schema (from @cds/core), its problem said as the
 * API would say it (core's `zodIssueMessage`): the rule is written once, in the schema, and the
 * form and the API can never disagree on it.
 */
import { type Locale, zodIssueMessage } from '@cds/core';
import type { z } from 'zod';

/** The first problem the schema finds with the value, in the reader's language; null when it passes. */
export function schemaProblem(schema: z.ZodType, value: unknown, locale: Locale): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const [issue] = result.error.issues;
  return issue ? zodIssueMessage(issue)[locale] : null;
}
