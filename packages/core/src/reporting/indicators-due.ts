/**
 * Which indicators a province reports for a period: every indicator defined for it, except the
 * published indices (DTI, ICT Index), which exist for a year only.
 */
import { type Indicator, isIndicatorValidFor } from '../indicators/indicator.ts';
import { endDate, type Period, startDate } from '../periods/period.ts';

export function isDueFor(indicator: Indicator, period: Period): boolean {
  if (!isIndicatorValidFor(indicator, startDate(period), endDate(period))) return false;
  return indicator.family !== 'ranking' || period.type === 'year';
}

export function indicatorsDue(indicators: readonly Indicator[], period: Period): Indicator[] {
  return indicators.filter((i) => isDueFor(i, period));
}
