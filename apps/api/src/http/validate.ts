/**
 * Request validation with zod, answering 400 with a message that names the parameter.
 * Every route validates through these, so no unchecked input reaches a repository.
 */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';

export interface ApiError {
  error: { code: string; message: string; issues?: { parameter: string; message: string }[] };
}

export function apiError(code: string, message: string, issues?: ApiError['error']['issues']): ApiError {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/** zValidator with our 400 shape: `{ error: { code: 'invalid_parameter', message, issues } }`. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues = result.error.issues.map((i) => ({
      parameter: i.path.length > 0 ? i.path.join('.') : target,
      message: i.message,
    }));
    const message = issues.map((i) => `${i.parameter}: ${i.message}`).join('; ');
    return c.json(apiError('invalid_parameter', message, issues), 400);
  });
}
