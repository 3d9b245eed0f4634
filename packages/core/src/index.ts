/** @cds/core — the domain of Chỉ số CĐS, shared by the API and the web app. */

export * from './charts/map-shades.ts';
export * from './charts/trend-rows.ts';
export * from './format/format-number.ts';
export * from './i18n/locale.ts';
export * from './indicators/indicator.ts';
export * from './lineage/entry-rules.ts';
export * from './lineage/resolve-figure.ts';
export * from './lineage/unit-in-vintage.ts';
export * from './lineage/vintage.ts';
export * from './numbers/format-reading.ts';
export * from './numbers/parse-number.ts';
export * from './periods/period.ts';
export * from './periods/period-label.ts';
export * from './progress/progress.ts';
export * from './qualifier/qualifier.ts';
export * from './ranking/rank-shown.ts';
export * from './ranking/rank-units.ts';
export * from './rollup/combine-across-units.ts';
export * from './rollup/coverage.ts';
export * from './rollup/figure.ts';
export * from './rollup/roll-up-over-time.ts';
export * from './schemas/entry-schemas.ts';
export * from './schemas/query-schemas.ts';
export * from './summary/summarize-indicator.ts';
export * from './text/fold-diacritics.ts';
export * from './validation/validate-figure.ts';
