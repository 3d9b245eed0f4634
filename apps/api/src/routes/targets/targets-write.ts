/**
 * Writing plans: staff set their province's targets, admins the national ones. A plan
 * replaces a demo plan for the same cell; a second real plan for a cell is refused with 409
 * (change the existing one instead), whether it is created there or moved there. Every write
 * is audited in its transaction.
 *
 * Two writes racing for one free cell both pass the check; the unique index `target_real_cell`
 * then refuses the second, and that violation is answered as the same 409 (caught around the
 * transaction: on PostgreSQL it aborts it).
 */
import {
  canDerivePlanFromClaim,
  type Direction,
  deriveTargetFromPlanClaim,
  entryIssues,
  parsePlanClaim,
  periodOf,
  type TargetWrite,
} from '@cds/core';
import type { Context } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { canEditUnit, isAdmin } from '../../auth/permissions.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { forbidden, nowIso, requestIp, signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError, issuesMessage } from '../../http/validate.ts';
import { checkFigure } from '../revisions/check-figure.ts';
import {
  deletePlans,
  findPlan,
  insertPlan,
  type PlanRow,
  plansInCell,
  updatePlan,
} from './targets.repository.ts';

/** A stored plan as the write it would take to make it: to check the caller may touch it. */
function asWrite(existing: PlanRow): TargetWrite {
  return {
    unitId: existing.unit_id,
    indicatorKey: existing.indicator_key,
    period: existing.period,
    comparator: '>=',
    value: existing.value,
    source: existing.source,
  };
}

type Guarded = { ok: true } | { ok: false; response: Response };

/** The plan a claim such as "vượt 8% so với kế hoạch" implies, or null when the claim does not read. */
function derivedValue(from: { actual: number; claim: string }, direction: Direction): number | null {
  const aboveBy = parsePlanClaim(from.claim);
  if (aboveBy === null || aboveBy <= -1) return null;
  return deriveTargetFromPlanClaim(from.actual, aboveBy, direction);
}

/** Who may write this plan, and is it a plan that can exist at all. */
async function guard(c: Context<AppEnv>, body: TargetWrite): Promise<Guarded> {
  const user = signedIn(c);
  if (!user) return { ok: false, response: c.json(UNAUTHENTICATED, 401) };
  const catalog = await c.var.catalog();
  const indicator = catalog.indicator(body.indicatorKey);
  if (!indicator) return { ok: false, response: c.json(notFound('indicator', body.indicatorKey), 404) };
  if (body.unitId === null) {
    if (!isAdmin(user))
      return {
        ok: false,
        response: c.json(
          forbidden('Chỉ quản trị viên được đặt mục tiêu quốc gia', 'Only admins may set national targets'),
          403,
        ),
      };
  } else {
    const unit = catalog.unit(body.unitId);
    if (!unit) return { ok: false, response: c.json(notFound('unit', body.unitId), 404) };
    if (!canEditUnit(catalog, user, unit.id)) {
      return {
        ok: false,
        response: c.json(
          forbidden(
            `Tài khoản này không được đặt kế hoạch cho ${unit.nameVi}`,
            `This account may not set plans for ${unit.nameEn}`,
          ),
          403,
        ),
      };
    }
    // Plans may look ahead: only the unit's and indicator's existence in the period matter.
    const issues = entryIssues(unit, indicator, periodOf(body.period), '9999-12-31');
    if (issues.length > 0) {
      return {
        ok: false,
        response: c.json(
          apiError(
            'invalid_target',
            {
              vi: issues.map((i) => i.message.vi).join('; '),
              en: issues.map((i) => i.message.en).join('; '),
            },
            issues.map((i) => ({ field: 'period', code: i.code, message: i.message })),
          ),
          400,
        ),
      };
    }
  }
  if (body.derivedFrom && !canDerivePlanFromClaim(indicator.unit)) {
    const issue = {
      field: 'derivedFrom.claim',
      code: 'claim_gives_no_plan',
      message: {
        vi: `Không suy ra được kế hoạch từ “${body.derivedFrom.claim}” cho một tỷ lệ, chỉ số hay thứ hạng: hãy nhập kế hoạch đã ban hành`,
        en: `A plan cannot be derived from “${body.derivedFrom.claim}” for a rate, an index or a rank: enter the plan as published`,
      },
    };
    return { ok: false, response: c.json(apiError('invalid_target', issue.message, [issue]), 400) };
  }
  if (body.derivedFrom) {
    const derived = derivedValue(body.derivedFrom, indicator.direction);
    if (derived === null || Math.abs(derived - body.value) > 0.005 * Math.max(1, Math.abs(derived))) {
      const issue =
        derived === null
          ? {
              field: 'derivedFrom.claim',
              code: 'unreadable_claim',
              message: {
                vi: `Không đọc được “${body.derivedFrom.claim}” (ví dụ: “vượt 8% so với kế hoạch”)`,
                en: `Cannot read “${body.derivedFrom.claim}” (e.g. “exceeds plan by 8%”)`,
              },
            }
          : {
              field: 'value',
              code: 'not_derived_value',
              message: {
                vi: `Kế hoạch suy ra từ ${body.derivedFrom.actual} và “${body.derivedFrom.claim}” là ${derived.toFixed(2)}`,
                en: `The plan derived from ${body.derivedFrom.actual} and “${body.derivedFrom.claim}” is ${derived.toFixed(2)}`,
              },
            };
      return { ok: false, response: c.json(apiError('invalid_target', issue.message, [issue]), 400) };
    }
  }
  const problems = checkFigure(indicator, { value: body.value, numerator: null, denominator: null });
  if (problems.length > 0)
    return {
      ok: false,
      response: c.json(apiError('invalid_target', issuesMessage(problems), problems), 400),
    };
  return { ok: true };
}

/** The 409 for a cell that has a real plan already (`planId` when known: the one to change instead). */
async function cellTaken(c: Context<AppEnv>, body: TargetWrite, planId?: number | null) {
  const id = planId ?? (await plansInCell(c.var.db, body)).realId;
  const which = id === null ? '' : ` (#${id})`;
  return c.json(
    apiError('conflict', {
      vi: `Kỳ này đã có kế hoạch${which}; hãy sửa kế hoạch đó`,
      en: `A plan exists for this period${which}; change it instead`,
    }),
    409,
  );
}

/** Runs a plan write, turning a unique violation of the cell (a lost race) into `{ taken: null }`. */
async function orCellTaken<T>(write: () => Promise<T>): Promise<T | { taken: null }> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return { taken: null };
    throw error;
  }
}

export async function createTarget(c: Context<AppEnv>, body: TargetWrite) {
  const checked = await guard(c, body);
  if (!checked.ok) return checked.response;
  const user = signedIn(c);
  const now = nowIso(c);
  const result = await orCellTaken(() =>
    c.var.db.transaction().execute(async (trx) => {
      const cell = await plansInCell(trx, body);
      if (cell.realId !== null) return { taken: cell.realId };
      await deletePlans(trx, cell.demoIds);
      const id = await insertPlan(trx, body);
      await writeAudit(
        trx,
        {
          action: 'target.create',
          entity: 'target',
          entityId: id,
          unitId: body.unitId,
          user,
          ip: requestIp(c),
          details: { after: body, replacedDemo: cell.demoIds },
        },
        now,
      );
      return { id };
    }),
  );
  if ('taken' in result) return cellTaken(c, body, result.taken);
  return c.json({ id: result.id }, 201);
}

export async function updateTarget(c: Context<AppEnv>, id: number, body: TargetWrite) {
  const existing = await findPlan(c.var.db, id);
  if (!existing) return c.json(notFound('target', String(id)), 404);
  // Both the old and the new cell must be the caller's to change.
  const before = await guard(c, asWrite(existing));
  if (!before.ok) return before.response;
  const checked = await guard(c, body);
  if (!checked.ok) return checked.response;
  const now = nowIso(c);
  const result = await orCellTaken(() =>
    c.var.db.transaction().execute(async (trx) => {
      // The cell it is written to may be its own or another: either way no other real plan may be there.
      const cell = await plansInCell(trx, body);
      if (cell.realId !== null && cell.realId !== id) return { taken: cell.realId };
      const replacedDemo = cell.demoIds.filter((demoId) => demoId !== id);
      await deletePlans(trx, replacedDemo);
      if (!(await updatePlan(trx, id, body))) return { gone: true as const };
      await writeAudit(
        trx,
        {
          action: 'target.update',
          entity: 'target',
          entityId: id,
          unitId: body.unitId,
          user: signedIn(c),
          ip: requestIp(c),
          details: { before: existing, after: body, ...(replacedDemo.length > 0 ? { replacedDemo } : {}) },
        },
        now,
      );
      return { id };
    }),
  );
  if ('taken' in result) return cellTaken(c, body, result.taken);
  // Deleted since it was read.
  if ('gone' in result) return c.json(notFound('target', String(id)), 404);
  return c.json({ id });
}

export async function deleteTarget(c: Context<AppEnv>, id: number) {
  const existing = await findPlan(c.var.db, id);
  if (!existing) return c.json(notFound('target', String(id)), 404);
  const checked = await guard(c, asWrite(existing));
  if (!checked.ok) return checked.response;
  const now = nowIso(c);
  await c.var.db.transaction().execute(async (trx) => {
    await deletePlans(trx, [id]);
    await writeAudit(
      trx,
      {
        action: 'target.delete',
        entity: 'target',
        entityId: id,
        unitId: existing.unit_id,
        user: signedIn(c),
        ip: requestIp(c),
        details: { before: existing },
      },
      now,
    );
  });
  return c.json({ id, deleted: true });
}
