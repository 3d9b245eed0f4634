/** A leader's briefing: the summary strip, pace to the plan, sentences drafted from the figures. */

export * from './as-of.ts';
export * from './draft-sentences.ts';
export * from './needs-direction.ts';
export * from './pace-to-plan.ts';
export * from './summary-strip.ts';
