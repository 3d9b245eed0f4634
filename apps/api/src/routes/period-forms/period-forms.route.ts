/** A province's report of one period as one form: read it, save it as a draft, or submit it. */
import { periodFormSaveSchema, periodOf, reportPeriodSchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { canEditUnit, canReviewUnit } from '../../auth/permissions.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import {
  forbidden,
  nowIso,
  requestIp,
  signedIn,
  todayIso,
  UNAUTHENTICATED,
} from '../../http/request-context.ts';
import { apiError, issuesMessage, validate } from '../../http/validate.ts';
import { readDeadlines } from '../../reporting/deadline-settings.repository.ts';
import { loadPeriodForm, savePeriodForm } from '../../reporting/period-form.ts';

/** A report is read with the period before it (its plausibility): that period must be in the calendar. */
export const reportParams = z.object({ unitId: unitIdSchema, period: reportPeriodSchema });

const STALE_MESSAGE = {
  vi: 'Một số dòng vừa được người khác thay đổi; hãy tải lại biểu rồi lưu lại',
  en: 'Some rows changed meanwhile: reload the form, then save again',
};

export const periodFormsRoute = new Hono<AppEnv>()
  .get('/:unitId/:period', validate('param', reportParams), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const { unitId, period } = c.req.valid('param');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(unitId);
    if (!unit) return c.json(notFound('unit', unitId), 404);
    const canEdit = canEditUnit(catalog, user, unit.id);
    if (!canEdit && !canReviewUnit(catalog, user, unit.id))
      return c.json(
        forbidden(
          `Tài khoản này không làm báo cáo của ${unit.nameVi}`,
          `This account does not report for ${unit.nameEn}`,
        ),
        403,
      );
    const form = await loadPeriodForm(c.var.db, catalog, unit, periodOf(period), {
      today: todayIso(c),
      deadlines: await readDeadlines(c.var.db),
      canEdit,
    });
    return c.json(form);
  })
  .put(
    '/:unitId/:period',
    validate('param', reportParams),
    validate('json', periodFormSaveSchema),
    async (c) => {
      const user = signedIn(c);
      if (!user) return c.json(UNAUTHENTICATED, 401);
      const { unitId, period: key } = c.req.valid('param');
      const catalog = await c.var.catalog();
      const unit = catalog.unit(unitId);
      if (!unit) return c.json(notFound('unit', unitId), 404);
      if (!canEditUnit(catalog, user, unit.id))
        return c.json(
          forbidden(
            `Tài khoản này không được nhập số liệu của ${unit.nameVi}`,
            `This account may not enter figures for ${unit.nameEn}`,
          ),
          403,
        );
      const period = periodOf(key);
      const outcome = await savePeriodForm(c.var.db, catalog, unit, period, c.req.valid('json'), {
        user,
        now: nowIso(c),
        ip: requestIp(c),
      });
      if (!outcome.ok) {
        const message = outcome.status === 409 ? STALE_MESSAGE : issuesMessage(outcome.issues);
        return c.json(apiError(outcome.code, message, outcome.issues), outcome.status);
      }
      const form = await loadPeriodForm(c.var.db, catalog, unit, period, {
        today: todayIso(c),
        deadlines: await readDeadlines(c.var.db),
        canEdit: true,
      });
      return c.json({
        written: outcome.written,
        submitted: outcome.submitted,
        unchanged: outcome.unchanged,
        form,
      });
    },
  );
