/** The reports figures are quoted from, as core's `SourceReport`: the only SQL on `source_report`. */
import type { SourceReport } from '@cds/core';
import type { Db } from '../../db/connection.ts';

export async function findSourceReports(db: Db): Promise<SourceReport[]> {
  const rows = await db.selectFrom('source_report').selectAll().orderBy('published_on').execute();
  return rows.map((r) => ({
    ref: r.ref,
    title: r.title,
    publisher: { vi: r.publisher_vi, en: r.publisher_en },
    publishedOn: r.published_on,
  }));
}
