/**
 * What a card shows of an indicator's years besides the period's figure: a sparkline of its
 * yearly values and its pace to the next plan (the briefing API's `items`, handed down by the
 * route). Written here as the overview needs it, so the overview imports no other feature.
 */
import type { PaceStatus } from '@cds/core';

export interface SparkPoint {
  period: string;
  value: number | null;
  isDemo: boolean;
}

export interface CardPace {
  status: PaceStatus;
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  targetYear: number;
  targetValue: number;
  targetScope: 'unit' | 'national';
  /** Average yearly change the trajectory asks for, in the indicator's unit. */
  requiredChange: number;
  /** Average yearly change since the baseline. */
  observedChange: number;
  projected: number;
  /** The straight line from the baseline to the target, one point a year. */
  trajectory: { year: number; value: number }[];
  isDemo: boolean;
}

export interface CardTrend {
  sparkline: SparkPoint[];
  pace: CardPace | null;
}
