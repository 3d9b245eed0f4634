/** A figure's own consistency (range, integer, numerator ≤ denominator), as 400 issues. */
import { type IndicatorUnit, validateFigure } from '@cds/core';

export interface FigureProblem {
  parameter: string;
  code: string;
  message: string;
}

export function checkFigure(
  unit: IndicatorUnit,
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    rankedOf?: number | null;
  },
): FigureProblem[] {
  return validateFigure(unit, figure).map((issue) => ({
    parameter: issue.field,
    code: issue.code,
    message: `${issue.message.vi} / ${issue.message.en}`,
  }));
}
