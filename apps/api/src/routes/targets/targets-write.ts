/**
 * Writing plans: staff set their province's targets, admins the national ones. A plan
 * replaces a demo plan for the same cell; a second real plan for a cell is refused
 * (change the existing one instead). Every write is audited in its transaction.
 */
import { entryIssues, periodOf, type TargetWrite } from '@cds/core';
import type { Context } from 'hono';
import type { Selectable } from 'kysely';
import { writeAudit } from '../../audit/write-audit.ts';
import { canEditUnit, isAdmin } from '../../auth/permissions.ts';
import type { TargetTable } from '../../db/database.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { forbidden, nowIso, requestIp, signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError } from '../../http/validate.ts';
import { checkFigure } from '../revisions/check-figure.ts';

/** The columns a written plan gets: entered by a person, never derived or demo. */
function targetColumns(body: TargetWrite) {
  return {
    unit_id: body.unitId,
    indicator_key: body.indicatorKey,
    period: body.period,
    comparator: body.comparator,
    value: body.value,
    source: body.source,
    is_derived: 0,
    derivation: null,
    is_demo: 0,
    confidence: 'entered',
  };
}

/** A stored plan as the write it would take to make it: to check the caller may touch it. */
function asWrite(existing: Selectable<TargetTable>): TargetWrite {
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
            issues.map((i) => `${i.message.vi} / ${i.message.en}`).join('; '),
            issues.map((i) => ({ parameter: 'period', message: i.message.en })),
          ),
          400,
        ),
      };
    }
  }
  const problems = checkFigure(indicator.unit, { value: body.value, numerator: null, denominator: null });
  if (problems.length > 0)
    return {
      ok: false,
      response: c.json(apiError('invalid_target', problems.map((p) => p.message).join('; '), problems), 400),
    };
  return { ok: true };
}

export async function createTarget(c: Context<AppEnv>, body: TargetWrite) {
  const checked = await guard(c, body);
  if (!checked.ok) return checked.response;
  const user = signedIn(c);
  const now = nowIso(c);
  const result = await c.var.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('target')
      .selectAll()
      .where('indicator_key', '=', body.indicatorKey)
      .where('period', '=', body.period)
      .where((eb) => (body.unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', body.unitId)))
      .execute();
    if (existing.some((t) => t.is_demo === 0))
      return { conflict: existing.find((t) => t.is_demo === 0)?.id } as const;
    const demoIds = existing.map((t) => t.id);
    if (demoIds.length > 0) await trx.deleteFrom('target').where('id', 'in', demoIds).execute();
    const row = await trx
      .insertInto('target')
      .values(targetColumns(body))
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      {
        action: 'target.create',
        entity: 'target',
        entityId: row.id,
        unitId: body.unitId,
        user,
        ip: requestIp(c),
        details: { after: body, replacedDemo: demoIds },
      },
      now,
    );
    return { id: row.id } as const;
  });
  if ('conflict' in result) {
    return c.json(
      apiError(
        'conflict',
        `Kỳ này đã có kế hoạch (#${result.conflict}); hãy sửa kế hoạch đó / A plan exists for this period (#${result.conflict}); change it instead`,
      ),
      409,
    );
  }
  return c.json({ id: result.id }, 201);
}

export async function updateTarget(c: Context<AppEnv>, id: number, body: TargetWrite) {
  const existing = await c.var.db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
  if (!existing) return c.json(notFound('target', String(id)), 404);
  // Both the old and the new cell must be the caller's to change.
  const before = await guard(c, asWrite(existing));
  if (!before.ok) return before.response;
  const checked = await guard(c, body);
  if (!checked.ok) return checked.response;
  const now = nowIso(c);
  await c.var.db.transaction().execute(async (trx) => {
    await trx.updateTable('target').set(targetColumns(body)).where('id', '=', id).execute();
    await writeAudit(
      trx,
      {
        action: 'target.update',
        entity: 'target',
        entityId: id,
        unitId: body.unitId,
        user: signedIn(c),
        ip: requestIp(c),
        details: { before: existing, after: body },
      },
      now,
    );
  });
  return c.json({ id });
}

export async function deleteTarget(c: Context<AppEnv>, id: number) {
  const existing = await c.var.db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
  if (!existing) return c.json(notFound('target', String(id)), 404);
  const checked = await guard(c, asWrite(existing));
  if (!checked.ok) return checked.response;
  const now = nowIso(c);
  await c.var.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('target').where('id', '=', id).execute();
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
