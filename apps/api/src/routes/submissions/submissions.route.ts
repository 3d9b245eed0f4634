/**
 * Submissions: a province's figures of one period sent for review, reviewed as one. The list
 * holds what the caller may review; a decision approves some rows and returns others at once.
 */
import { periodOf, submissionReviewSchema } from '@cds/core';
import { Hono } from 'hono';
import { canReviewUnit, isAdmin } from '../../auth/permissions.ts';
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
import { loadPeriodForm } from '../../reporting/period-form.ts';
import { reviewSubmission } from '../../reporting/submission-review.ts';
import { reportParams } from '../period-forms/period-forms.route.ts';
import { listSubmittedGroups } from '../revisions/report-progress.repository.ts';

const notReviewer = (nameVi: string, nameEn: string) =>
  forbidden(
    `Tài khoản này không được duyệt số liệu của ${nameVi}`,
    `This account may not review figures of ${nameEn}`,
  );

export const submissionsRoute = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const unitIds = isAdmin(user)
      ? null
      : catalog.units.filter((u) => canReviewUnit(catalog, user, u.id)).map((u) => u.id);
    return c.json({ submissions: await listSubmittedGroups(c.var.db, unitIds) });
  })
  .get('/:unitId/:period', validate('param', reportParams), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const { unitId, period } = c.req.valid('param');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(unitId);
    if (!unit) return c.json(notFound('unit', unitId), 404);
    if (!canReviewUnit(catalog, user, unit.id)) return c.json(notReviewer(unit.nameVi, unit.nameEn), 403);
    const form = await loadPeriodForm(c.var.db, catalog, unit, periodOf(period), {
      today: todayIso(c),
      deadlines: await readDeadlines(c.var.db),
      canEdit: false,
    });
    return c.json(form);
  })
  .post(
    '/:unitId/:period/review',
    validate('param', reportParams),
    validate('json', submissionReviewSchema),
    async (c) => {
      const user = signedIn(c);
      if (!user) return c.json(UNAUTHENTICATED, 401);
      const { unitId, period } = c.req.valid('param');
      const catalog = await c.var.catalog();
      const unit = catalog.unit(unitId);
      if (!unit) return c.json(notFound('unit', unitId), 404);
      if (!canReviewUnit(catalog, user, unit.id)) return c.json(notReviewer(unit.nameVi, unit.nameEn), 403);
      const outcome = await reviewSubmission(c.var.db, catalog, unit, periodOf(period), c.req.valid('json'), {
        user,
        now: nowIso(c),
        ip: requestIp(c),
      });
      if (!outcome.ok)
        return c.json(apiError(outcome.code, issuesMessage(outcome.issues), outcome.issues), outcome.status);
      return c.json({ approved: outcome.approved, returned: outcome.returned });
    },
  );
