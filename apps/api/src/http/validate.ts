/**
 * Request validation with zod, answering 400 with a message that names the parameter, in both
 * languages (see `api-error.ts`). Every route validates through these, so no unchecked input
 * reaches a repository.
 */

import { zodIssueMessage } from '@cds/core';
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { type ApiIssue, apiError } from './api-error.ts';

export { type ApiError, type ApiIssue, apiError, bilingual, issuesMessage } from './api-error.ts';

/** A zod error as our issues: each names its field and says what is wrong with it, vi and en. */
export function zodIssues(error: z.ZodError, target: string): ApiIssue[] {
  return error.issues.map((i) => {
    const field = i.path.length > 0 ? i.path.join('.') : target;
    const message = zodIssueMessage(i);
    return {
      field,
      code: i.code,
      message: { vi: `${field}: ${message.vi}`, en: `${field}: ${message.en}` },
    };
  });
}

/** zValidator with our 400 shape: `{ error: { code: 'invalid_parameter', message: { vi, en }, field?, issues } }`. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues = zodIssues(result.error as unknown as z.ZodError, target);
    return c.json(
      apiError(
        'invalid_parameter',
        {
          vi: issues.map((i) => i.message.vi).join('; '),
          en: issues.map((i) => i.message.en).join('; '),
        },
        issues,
      ),
      400,
    );
  });
}
