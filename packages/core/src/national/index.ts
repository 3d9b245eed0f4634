/** The national picture's domain rules: every province on one indicator and period. */
export * from './class-breaks.ts';
export * from './distribution.ts';
export * from './dot-plot-scale.ts';
export * from './plan-reached.ts';
