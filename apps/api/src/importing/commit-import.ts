/**
 * Commits the rows of an import, all or none, as submissions for review: one per province ×
 * period, as if each had been submitted from its period form. A row equal to the figure already
 * sent for review changes nothing, so importing the same file twice writes nothing the second
 * time; a row that differs replaces the open draft or returned figure of its cell; a new row is
 * added in multi-row statements. A row that differs from a figure already sent for review refuses
 * the whole import, as the period form and the one-figure edit refuse it (409): what waits for a
 * reviewer is changed only by withdrawing it first, never overwritten by someone else's file.
 */
import { figureValue, type ImportIssue, type ImportRow, VINTAGE_SIZE } from '@cds/core';
import { writeAudit } from '../audit/write-audit.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { insertRevisions } from '../routes/revisions/bulk-insert.repository.ts';
import { cellsState, type OpenState } from '../routes/revisions/import-reads.repository.ts';
import {
  lockReport,
  type RevisionFields,
  rewriteRevision,
} from '../routes/revisions/revision-states.repository.ts';

export interface ImportOutcome {
  written: number;
  unchanged: number;
  submissions: { unitId: string; period: string; rows: number }[];
}

/** The import refused as a whole (409): rows whose cell waits for review or changed meanwhile. */
export class ImportOvertaken extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`import overtaken on ${issues.length} rows`);
  }
}

const waitingForReview = (row: ImportRow): ImportIssue => ({
  line: row.line,
  column: null,
  code: 'submitted',
  message: {
    vi: `${row.indicatorKey} của ${row.unitId} kỳ ${row.period} đang chờ duyệt với số liệu khác; rút lại bản đó hoặc chờ duyệt rồi nhập lại`,
    en: `${row.indicatorKey} of ${row.unitId} for ${row.period} is waiting for review with another figure; withdraw it or wait for the review, then import again`,
  },
});

const changedMeanwhile = (row: ImportRow): ImportIssue => ({
  line: row.line,
  column: null,
  code: 'stale',
  message: {
    vi: `${row.indicatorKey} của ${row.unitId} kỳ ${row.period} vừa được người khác thay đổi; hãy nhập lại`,
    en: `${row.indicatorKey} of ${row.unitId} for ${row.period} was changed by someone meanwhile; import again`,
  },
});

function fieldsOf(catalog: Catalog, row: ImportRow): RevisionFields {
  const indicator = catalog.indicator(row.indicatorKey);
  const unit = catalog.unit(row.unitId);
  const rank = indicator?.unit === 'rank';
  return {
    value: indicator ? figureValue(row, indicator.unit) : row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    qualifier: row.qualifier,
    rankedOf: rank ? (row.rankedOf ?? (unit ? (VINTAGE_SIZE[unit.vintage] ?? null) : null)) : null,
    sourceRef: row.sourceRef,
    sourceQuote: row.sourceQuote,
    note: row.note,
  };
}

const same = (a: RevisionFields, b: RevisionFields) =>
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.qualifier === b.qualifier &&
  a.rankedOf === b.rankedOf &&
  a.sourceRef === b.sourceRef &&
  a.sourceQuote === b.sourceQuote &&
  a.note === b.note;

export async function commitImport(
  db: Db,
  catalog: Catalog,
  rows: readonly ImportRow[],
  who: { user: SessionUser; now: string; ip: string | null; fileName: string | null },
): Promise<ImportOutcome> {
  const { user, now } = who;
  const unitPeriods = new Map<string, string[]>();
  const groups = new Map<string, { unitId: string; period: string; rows: number }>();
  for (const row of rows) {
    const key = `${row.unitId}|${row.period}`;
    const group = groups.get(key);
    if (group) group.rows++;
    else {
      groups.set(key, { unitId: row.unitId, period: row.period, rows: 1 });
      unitPeriods.set(row.unitId, [...(unitPeriods.get(row.unitId) ?? []), row.period]);
    }
  }
  return db.transaction().execute(async (trx) => {
    for (const key of [...groups.keys()].sort()) {
      const [unitId, period] = key.split('|') as [string, string];
      await lockReport(trx, unitId, period);
    }
    const { open, versions } = await cellsState(trx, unitPeriods);
    const latest = new Map<string, OpenState>();
    for (const r of open) {
      const cell = `${r.unitId}|${r.period}|${r.indicatorKey}`;
      if (!latest.has(cell)) latest.set(cell, r);
    }
    const inserts: Parameters<typeof insertRevisions>[1][number][] = [];
    let written = 0;
    let unchanged = 0;
    const refused: ImportIssue[] = [];
    for (const row of rows) {
      const cell = `${row.unitId}|${row.period}|${row.indicatorKey}`;
      const fields = fieldsOf(catalog, row);
      const existing = latest.get(cell);
      if (existing?.status === 'submitted' && same(fields, existing.fields)) {
        unchanged++;
        continue;
      }
      if (existing?.status === 'submitted') {
        refused.push(waitingForReview(row));
        continue;
      }
      written++;
      if (!existing) {
        inserts.push({
          cell: { unitId: row.unitId, indicatorKey: row.indicatorKey, period: row.period },
          fields,
          baseVersion: versions.get(cell) ?? null,
        });
        continue;
      }
      const rewritten = await rewriteRevision(
        trx,
        existing.id,
        { status: existing.status, version: existing.version },
        fields,
        { status: 'submitted', baseVersion: existing.baseVersion, by: user.id, at: now },
      );
      if (!rewritten) refused.push(changedMeanwhile(row));
    }
    // Thrown, so that the transaction rolls back what was rewritten before the refused rows.
    if (refused.length > 0) throw new ImportOvertaken(refused);
    await insertRevisions(trx, inserts, { status: 'submitted', by: user.id, at: now, origin: 'import' });
    const submissions = [...groups.values()];
    if (written > 0) {
      await writeAudit(
        trx,
        {
          action: 'import.commit',
          entity: 'import',
          entityId: who.fileName,
          user,
          ip: who.ip,
          details: { written, unchanged, rows: rows.length, submissions: submissions.slice(0, 200) },
        },
        now,
      );
    }
    return { written, unchanged, submissions };
  });
}
