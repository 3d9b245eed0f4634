/** Runs the schema migrations. Migrations are imported, not read from disk, so bundling cannot lose one. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initialSchema from './migrations/2026-11-22-0001-initial-schema.ts';
import * as accountsReviewAudit from './migrations/2026-11-22-0002-accounts-review-audit.ts';
import * as figureQualifier from './migrations/2026-11-30-0003-figure-qualifier-rank-of-one-plan.ts';
import * as resolvedFigures from './migrations/2026-11-30-0004-resolved-figures.ts';
import * as lookupIndexes from './migrations/2026-11-30-0005-lookup-indexes.ts';
import * as realFiguresIndex from './migrations/2026-11-30-0006-real-figures-index.ts';
import * as dataVersion from './migrations/2026-12-03-0007-data-version.ts';
import * as periodReports from './migrations/2026-12-03-0008-period-reports.ts';
import * as revisionVersion from './migrations/2026-12-03-0009-revision-version.ts';
import * as revisionOrigin from './migrations/2026-12-03-0010-revision-origin.ts';
import * as rankingAggregates from './migrations/2026-12-03-0011-ranking-aggregates.ts';
import * as sourceReports from './migrations/2026-12-03-0012-source-reports.ts';
import * as indicatorMaximum from './migrations/2026-12-06-0013-indicator-maximum.ts';

const migrations: Record<string, Migration> = {
  '2026-11-22-0001-initial-schema': initialSchema,
  '2026-11-22-0002-accounts-review-audit': accountsReviewAudit,
  '2026-11-30-0003-figure-qualifier-rank-of-one-plan': figureQualifier,
  '2026-11-30-0004-resolved-figures': resolvedFigures,
  '2026-11-30-0005-lookup-indexes': lookupIndexes,
  '2026-11-30-0006-real-figures-index': realFiguresIndex,
  '2026-12-03-0007-data-version': dataVersion,
  '2026-12-03-0008-period-reports': periodReports,
  '2026-12-03-0009-revision-version': revisionVersion,
  '2026-12-03-0010-revision-origin': revisionOrigin,
  '2026-12-03-0011-ranking-aggregates': rankingAggregates,
  '2026-12-03-0012-source-reports': sourceReports,
  '2026-12-06-0013-indicator-maximum': indicatorMaximum,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema.
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
