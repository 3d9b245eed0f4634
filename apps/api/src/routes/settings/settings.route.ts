/** Administrators' settings: the reporting deadlines (days after a period ends, per period type). */
import { deadlineSettingsSchema } from '@cds/core';
import { Hono } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { requireAdmin } from '../../auth/access-policy.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { nowIso, requestIp, signedIn } from '../../http/request-context.ts';
import { validate } from '../../http/validate.ts';
import { readDeadlines, writeDeadlines } from '../../reporting/deadline-settings.repository.ts';

export const settingsRoute = new Hono<AppEnv>()
  .get('/deadlines', async (c) => c.json({ deadlines: await readDeadlines(c.var.db) }))
  .put(
    '/deadlines',
    requireAdmin({ vi: 'đổi hạn nộp báo cáo', en: 'change the reporting deadlines' }),
    validate('json', deadlineSettingsSchema),
    async (c) => {
      const user = signedIn(c);
      const days = c.req.valid('json');
      const now = nowIso(c);
      await c.var.db.transaction().execute(async (trx) => {
        const before = await readDeadlines(trx);
        await writeDeadlines(trx, days, user?.login ?? 'admin', now);
        await writeAudit(
          trx,
          {
            action: 'settings.deadlines',
            entity: 'setting',
            entityId: 'reporting.deadlines',
            user,
            ip: requestIp(c),
            details: { before, after: days },
          },
          now,
        );
      });
      return c.json({ deadlines: days });
    },
  );
