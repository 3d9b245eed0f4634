/**
 * Request bodies of the user admin, shared by the routes (validation) and the OpenAPI document.
 * Every object is strict: an unknown field is a 400, not silently dropped.
 */
import { textSchema, unitIdSchema } from '@cds/core';
import { z } from 'zod';
import { newPasswordSchema } from '../../auth/password-policy.ts';
import { ROLES } from '../../auth/session-user.ts';

export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'must be 3–64 characters: letters a–z, digits, dot, dash, underscore',
  );

export const displayNameSchema = textSchema.trim().min(1).max(120);

export const assignmentSchema = z
  .object({
    role: z.enum(ROLES),
    /** null: every province. */
    unitId: unitIdSchema.nullable(),
  })
  .strict();

export const assignmentsSchema = z.array(assignmentSchema).max(200);

export const createUserSchema = z
  .object({
    login: loginSchema,
    displayName: displayNameSchema,
    password: newPasswordSchema,
    assignments: assignmentsSchema,
    /** An account with no role can do nothing until given one: creating it is said out loud. */
    withoutRoles: z.boolean().default(false),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.assignments.length === 0 && !body.withoutRoles)
      ctx.addIssue({
        code: 'custom',
        path: ['assignments'],
        message:
          'give at least one role, or withoutRoles: true for an account that can do nothing until given one',
      });
  });

export const updateUserSchema = z
  .object({ displayName: displayNameSchema.optional(), isActive: z.boolean().optional() })
  .strict()
  .refine((b) => b.displayName !== undefined || b.isActive !== undefined, {
    message: 'give displayName, isActive or both',
  });

export const rolesBodySchema = z.object({ assignments: assignmentsSchema }).strict();

export const resetPasswordSchema = z.object({ newPassword: newPasswordSchema }).strict();

export const userIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'must be a user id')
    .transform(Number),
});
