/** The national picture's domain rules: every province on one indicator and period. */
export {};
