/**
 * The database as Kysely sees it: one interface per table. Row types stay inside
 * repositories; routes speak in the domain's words.
 *
 * Booleans are stored as 0/1 integers and dates as ISO text so that the same
 * queries run on SQLite and PostgreSQL.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type Qualifier = 'exact' | 'above' | 'about' | 'below';

export interface RegionTable {
  code: string;
  name_vi: string;
  name_en: string;
}

/** A provincial unit of one vintage. `id` is `v63-44` or `v34-44`: a code never travels alone. */
export interface UnitTable {
  id: string;
  vintage: number;
  code: string;
  name_vi: string;
  name_en: string;
  kind: string;
  region_code: string | null;
  valid_from: string;
  valid_to: string | null;
  position: number;
}

/** Dated changes of a unit's kind (Huế became a centrally-run city on 1 Jan 2025). */
export interface UnitKindChangeTable {
  unit_id: string;
  kind: string;
  effective_date: string;
  source: string;
}

/** Old unit → new unit, from Resolution 202/2025/QH15. */
export interface UnitLineageTable {
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
  is_name_kept: number;
  is_seat: number;
}

export interface IndicatorTable {
  key: string;
  family: string;
  name_vi: string;
  name_en: string;
  unit: string;
  direction: string;
  over_time: string;
  across_units: string;
  valid_from: string | null;
  valid_to: string | null;
  /** The plausible maximum of a figure; above it a figure is refused. */
  max_value: number | null;
  note: string;
  position: number;
}

export interface ObservationTable {
  id: Generated<number>;
  unit_id: string;
  indicator_key: string;
  period: string;
  period_type: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source_ref: string | null;
  source_quote: string | null;
  note: string | null;
  status: string;
  is_demo: number;
  /** Exact, or a bound or approximation as the report states it ("trên 90%"). */
  qualifier: ColumnType<Qualifier, Qualifier | undefined, Qualifier>;
  /** The N of a rank "r/N" as published; null for other units or when N is the vintage's size. */
  ranked_of: number | null;
  version: ColumnType<number, number | undefined, number>;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface TargetTable {
  id: Generated<number>;
  /** Null for a national target. */
  unit_id: string | null;
  indicator_key: string;
  period: string;
  comparator: string;
  value: number;
  source: string;
  is_derived: number;
  derivation: string | null;
  is_demo: number;
  confidence: string | null;
}

export interface PublishedRankTable {
  id: Generated<number>;
  index_key: string;
  period: string;
  unit_id: string;
  rank: number | null;
  ranked_of: number;
  score: number | null;
  source: string;
  name_as_published: string | null;
}

/** A report figures are quoted from (migration 0012), keyed by the reference its figures carry. */
export interface SourceReportTable {
  ref: string;
  title: string;
  publisher_vi: string;
  publisher_en: string;
  published_on: string;
  archived_file: string | null;
}

export interface AppUserTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  password_hash: string;
  is_active: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

export type Role = 'viewer' | 'staff' | 'reviewer' | 'admin';

export interface UserRoleTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  /** The province the role applies to; null for every province. */
  unit_id: string | null;
}

export interface AppSessionTable {
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  login: string;
  ip: string;
  at: string;
  succeeded: number;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  login: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: string | null;
  /** JSON: what changed (before/after), or why access was refused. */
  details: string | null;
  ip: string | null;
}

export type RevisionOrigin = 'entry' | 'form' | 'import';

export type RevisionStatus = 'draft' | 'submitted' | 'approved' | 'returned' | 'withdrawn';

export interface RevisionTable {
  id: Generated<number>;
  unit_id: string;
  indicator_key: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source_ref: string;
  /** The report's sentence that states the figure (published with it). */
  source_quote: ColumnType<string | null, string | null | undefined, string | null>;
  note: string | null;
  status: RevisionStatus;
  /** Where it came from (migration 0010). */
  origin: ColumnType<RevisionOrigin, RevisionOrigin | undefined, RevisionOrigin>;
  /** Raised by every change of the revision (migration 0009). */
  version: ColumnType<number, number | undefined, number>;
  base_version: number | null;
  qualifier: ColumnType<Qualifier, Qualifier | undefined, Qualifier>;
  ranked_of: number | null;
  created_by: number;
  created_at: string;
  /** Whoever last changed the revision (creation or edit); they may not approve it. */
  updated_by: number | null;
  updated_at: string;
  submitted_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
}

/** Which blocks (indicator × year) of the resolved-figures store are built. */
export interface ResolvedBlockTable {
  indicator_key: string;
  year: number;
  built_at: string;
}

/** One unit's resolved figure for an indicator, period and view, with its rank (see migration 0004). */
export interface ResolvedFigureTable {
  indicator_key: string;
  year: number;
  period: string;
  view: 'reported' | 'restated';
  unit_id: string;
  /** The resolved figure as JSON (see `Resolved` in @cds/core). */
  figure: string;
  rank: number | null;
  is_tied: number;
  /** 1 when the unit is listed by the period's ranking (its vintage), with or without a figure. */
  is_ranked: number;
}

/** What a ranking (indicator × period × view) lists. */
export interface ResolvedRankingTable {
  indicator_key: string;
  year: number;
  period: string;
  view: 'reported' | 'restated';
  vintage: number;
  ranked_count: number;
  unit_count: number;
  has_demo: number;
  is_derived: number;
  /** JSON `{ national, regional }` (migration 0011); null only in a store not yet rebuilt. */
  aggregates: string | null;
}

/** One row (id 1): raised by every write that changes what a view shows (`answer-cache/`). */
export interface DataVersionTable {
  id: number;
  version: number;
}

/** Administrators' settings, one JSON value per key (`reporting.deadlines`). */
export interface AppSettingTable {
  key: string;
  value: string;
  updated_by: string;
  updated_at: string;
}

export interface Database {
  app_setting: AppSettingTable;
  data_version: DataVersionTable;
  resolved_block: ResolvedBlockTable;
  resolved_figure: ResolvedFigureTable;
  resolved_ranking: ResolvedRankingTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  app_session: AppSessionTable;
  login_attempt: LoginAttemptTable;
  audit_event: AuditEventTable;
  revision: RevisionTable;
  region: RegionTable;
  unit: UnitTable;
  unit_kind_change: UnitKindChangeTable;
  unit_lineage: UnitLineageTable;
  indicator: IndicatorTable;
  observation: ObservationTable;
  target: TargetTable;
  published_rank: PublishedRankTable;
  source_report: SourceReportTable;
}

export type UnitRow = Selectable<UnitTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type ObservationRow = Selectable<ObservationTable>;
export type NewObservation = Insertable<ObservationTable>;
export type TargetRow = Selectable<TargetTable>;
export type NewTarget = Insertable<TargetTable>;
