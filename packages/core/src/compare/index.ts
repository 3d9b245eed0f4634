/** Comparing provinces: index to a base period, suggested comparators, the national value. */
export * from './comparators.ts';
export * from './index-to-base.ts';
export * from './national-value.ts';
