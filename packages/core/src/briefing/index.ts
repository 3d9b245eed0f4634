/** A leader's briefing: the summary strip, pace to the plan, sentences drafted from the figures. */
export {};
