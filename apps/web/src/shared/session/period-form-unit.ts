/**
 * Which province's form of a period a link about `unit` opens, and whether the user gets the link
 * at all: the lineage is core's (`formUnitsFor`), who may report is the session's. A province of
 * the 34 shown restated before the merger opens its one former province when it kept its
 * territory, and its own form otherwise (which refuses, with a link to each former province).
 */
import { formUnitsFor, type Period, type ReportLineage } from '@cds/core';
import type { UnitView } from '../reference/reference-queries.ts';
import { canEdit, type SessionUserView } from './use-session.ts';

export function lineageOf(unit: UnitView): ReportLineage {
  return {
    id: unit.id,
    vintage: unit.vintage,
    predecessorIds: unit.predecessors.map((p) => p.id),
    successorId: unit.successor?.id ?? null,
  };
}

/** The unit whose form of `period` to link to, or null when the user may not report for it. */
export function periodFormUnit(user: SessionUserView | null, unit: UnitView, period: Period): string | null {
  const [only, ...others] = formUnitsFor(lineageOf(unit), period);
  const target = only && others.length === 0 ? only : unit.id;
  return canEdit(user, target) ? target : null;
}
