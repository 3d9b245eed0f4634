/** Comparing provinces: index to a base period, suggested comparators, the national value, the panels and the table. */
export * from './comparators.ts';
export * from './compare-table.ts';
export * from './index-to-base.ts';
export * from './national-value.ts';
export * from './panel-rows.ts';
export * from './range-change.ts';
export * from './series-gaps.ts';
export * from './shared-domain.ts';
