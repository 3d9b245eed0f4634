/**
 * Bulk import of figures from a CSV or XLSX file, sent as the request body (Content-Type text/csv
 * or the XLSX type, up to MAX_IMPORT_BYTES): a template per province and period to fill in; a
 * preview that reads every row and lists its first problems with their count, writing nothing; a
 * commit that writes all rows or none, as submissions for review. Files are read and checked in a
 * worker thread (importing/read-off-thread.ts), under the limits of importing/import-limits.ts. `locale` says how text numbers are written in the file
 * (vi: 1.463,5; en: 1,463.5); `source` names the source for rows whose own is blank; `period`, the
 * period the import is for (the page's choice), makes a row of another period a problem.
 */
import { endDate, type ImportIssue, LOCALES, periodKeySchema, periodOf, textSchema } from '@cds/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { canEditUnit } from '../../auth/permissions.ts';
import type { Catalog } from '../../catalog/catalog.ts';
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
import { apiError, validate } from '../../http/validate.ts';
import { commitImport, ImportOvertaken } from '../../importing/commit-import.ts';
import { MAX_LISTED_ISSUES } from '../../importing/import-limits.ts';
import { templateTable } from '../../importing/import-template.ts';
import { readOffThread } from '../../importing/read-off-thread.ts';
import { fileKind, XLSX_TYPE } from '../../importing/read-table.ts';
import { csvBytes, xlsxBytes } from '../../importing/write-table.ts';
import { readDeadlines } from '../../reporting/deadline-settings.repository.ts';
import { loadPeriodForm } from '../../reporting/period-form.ts';
import { reportParams } from '../period-forms/period-forms.route.ts';

/** Rows sent back in a preview. */
const PREVIEW_ROWS = 500;

export const importQuerySchema = z
  .object({
    locale: z.enum(LOCALES).default('vi'),
    source: textSchema.pipe(z.string().trim().min(3).max(500)).optional(),
    name: textSchema.pipe(z.string().trim().max(200)).optional(),
    period: periodKeySchema.optional(),
  })
  .strict();

export const templateQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict();

const UNSUPPORTED = apiError('unsupported_media_type', {
  vi: 'Tệp nhập phải là CSV (text/csv) hoặc Excel .xlsx',
  en: 'The import must be a CSV (text/csv) or an Excel .xlsx file',
});

function periodNotOver(period: string) {
  const message = { vi: 'kỳ này chưa kết thúc', en: 'this period is not over yet' };
  return apiError(
    'invalid_parameter',
    {
      vi: `Kỳ ${period} chưa kết thúc: chưa có biểu mẫu`,
      en: `Period ${period} is not over: no template yet`,
    },
    [{ field: 'period', message }],
  );
}

/** The file read and checked in the import worker; the first problems by line, or the rows to write. */
async function readUpload(c: Context<AppEnv>, catalog: Catalog, query: z.infer<typeof importQuerySchema>) {
  const kind = fileKind(c.req.header('content-type'));
  if (!kind) return { response: c.json(UNSUPPORTED, 415) } as const;
  const { locale, source, period } = query;
  const checked = await readOffThread({
    kind,
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    indicators: catalog.indicators,
    units: catalog.units,
    locale,
    today: todayIso(c),
    defaultSource: source ?? null,
    period: period ?? null,
  });
  if (!checked.ok)
    return { response: c.json(apiError(checked.code, checked.message), checked.status) } as const;
  const user = signedIn(c);
  // Rows for provinces the caller does not report for are problems too, named by line.
  const refused: ImportIssue[] = checked.rows
    .filter((r) => !canEditUnit(catalog, user, r.unitId))
    .map((r) => ({
      line: r.line,
      column: null,
      code: 'forbidden_unit',
      message: {
        vi: `Tài khoản này không được nhập số liệu của ${catalog.unit(r.unitId)?.nameVi ?? r.unitId}`,
        en: `This account may not enter figures for ${catalog.unit(r.unitId)?.nameEn ?? r.unitId}`,
      },
    }));
  // Both lists are sorted by line: their first problems are the first of the two together.
  const issues = [...checked.issues, ...refused.slice(0, MAX_LISTED_ISSUES)]
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_LISTED_ISSUES);
  return {
    kind,
    read: { rows: checked.rows, skipped: checked.skipped },
    issueCount: checked.issueCount + refused.length,
    issues,
    lines: checked.lines,
  } as const;
}

/** The problems of a file: how many, and the first of them (an answer never echoes the whole file). */
function issuesAnswer(issueCount: number, issues: readonly ImportIssue[]) {
  return { issueCount, issues: issues.slice(0, MAX_LISTED_ISSUES) };
}

export const importsRoute = new Hono<AppEnv>()
  .get(
    '/template/:unitId/:period',
    validate('param', reportParams),
    validate('query', templateQuerySchema),
    async (c) => {
      const user = signedIn(c);
      if (!user) return c.json(UNAUTHENTICATED, 401);
      const { unitId, period } = c.req.valid('param');
      const catalog = await c.var.catalog();
      const unit = catalog.unit(unitId);
      if (!unit) return c.json(notFound('unit', unitId), 404);
      // Figures are reported once their period is over: no template for one still running.
      if (endDate(periodOf(period)) >= todayIso(c)) return c.json(periodNotOver(period), 400);
      if (!canEditUnit(catalog, user, unit.id))
        return c.json(
          forbidden(
            `Tài khoản này không nhập số liệu của ${unit.nameVi}`,
            `This account does not enter figures for ${unit.nameEn}`,
          ),
          403,
        );
      const form = await loadPeriodForm(c.var.db, catalog, unit, periodOf(period), {
        today: todayIso(c),
        deadlines: await readDeadlines(c.var.db),
        canEdit: true,
      });
      const table = templateTable(catalog, form);
      const { format } = c.req.valid('query');
      const name = `bieu-mau-${unit.id}-${period}.${format}`;
      const bytes = format === 'csv' ? csvBytes(table) : await xlsxBytes(table, `${unit.code} ${period}`);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    },
  )
  .post('/preview', validate('query', importQuerySchema), async (c) => {
    if (!signedIn(c)) return c.json(UNAUTHENTICATED, 401);
    const upload = await readUpload(c, await c.var.catalog(), c.req.valid('query'));
    if ('response' in upload) return upload.response;
    const { read, issues, issueCount, kind, lines } = upload;
    return c.json({
      kind,
      lines,
      rowCount: read.rows.length,
      skipped: read.skipped,
      ...issuesAnswer(issueCount, issues),
      rows: read.rows.slice(0, PREVIEW_ROWS),
    });
  })
  .post('/commit', validate('query', importQuerySchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const upload = await readUpload(c, catalog, c.req.valid('query'));
    if ('response' in upload) return upload.response;
    const { read, issues, issueCount } = upload;
    if (issueCount > 0) {
      return c.json(
        {
          ...apiError('invalid_import', {
            vi: `Tệp có ${issueCount} lỗi; chưa ghi gì. Sửa rồi nhập lại.`,
            en: `The file has ${issueCount} problems; nothing was written. Fix them and import again.`,
          }),
          ...issuesAnswer(issueCount, issues),
        },
        400,
      );
    }
    try {
      const outcome = await commitImport(c.var.db, catalog, read.rows, {
        user,
        now: nowIso(c),
        ip: requestIp(c),
        fileName: c.req.valid('query').name ?? null,
      });
      return c.json({ rowCount: read.rows.length, skipped: read.skipped, ...outcome });
    } catch (error) {
      if (!(error instanceof ImportOvertaken)) throw error;
      const count = error.issues.length;
      return c.json(
        {
          ...apiError('conflict', {
            vi: `${count} dòng trùng với số liệu đang chờ duyệt hoặc vừa được thay đổi; chưa ghi gì.`,
            en: `${count} rows meet figures waiting for review or changed meanwhile; nothing was written.`,
          }),
          ...issuesAnswer(count, error.issues),
        },
        409,
      );
    }
  });
