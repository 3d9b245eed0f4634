/** A figure's own consistency (range, plausible maximum, integer, numerator ≤ denominator), as 400 issues. */
import { type FigureRule, validateFigure } from '@cds/core';
import type { ApiIssue } from '../../http/api-error.ts';

export function checkFigure(
  indicator: FigureRule,
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    rankedOf?: number | null;
  },
): ApiIssue[] {
  return validateFigure(indicator, figure).map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: issue.message,
  }));
}
