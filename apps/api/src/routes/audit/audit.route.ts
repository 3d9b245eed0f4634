/** The audit trail, for admins: every change, sign-in, failed sign-in and permission change, with who and when. */
import { textSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireAdmin } from '../../auth/access-policy.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { validate } from '../../http/validate.ts';
import { findAuditEvents } from './audit.repository.ts';

const word = z
  .string()
  .regex(/^[a-z][a-z0-9_.]{0,63}$/, 'must be a lower-case name such as user or auth.login');

export const auditQuerySchema = z
  .object({
    entity: word.optional(),
    entityId: textSchema.min(1).max(100).optional(),
    userId: z
      .string()
      .regex(/^[1-9]\d{0,8}$/, 'must be a user id')
      .transform(Number)
      .optional(),
    action: word.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export const auditRoute = new Hono<AppEnv>()
  .use(requireAdmin({ vi: 'xem nhật ký thay đổi', en: 'read the audit log' }))
  .get('/', validate('query', auditQuerySchema), async (c) => {
    return c.json(await findAuditEvents(c.var.db, c.req.valid('query')));
  });
