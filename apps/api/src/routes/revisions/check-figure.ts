/** A figure's own consistency (range, integer, numerator ≤ denominator), as 400 issues. */
import { type IndicatorUnit, validateFigure } from '@cds/core';
import type { ApiIssue } from '../../http/api-error.ts';

export function checkFigure(
  unit: IndicatorUnit,
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    rankedOf?: number | null;
  },
): ApiIssue[] {
  return validateFigure(unit, figure).map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: issue.message,
  }));
}
