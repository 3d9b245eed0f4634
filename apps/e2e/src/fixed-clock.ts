/**
 * One moment for the whole browser suite, on both clocks: the server starts its clock here (NOW)
 * and every page's Date reads it (Playwright's clock), so the tests pass on any day, in any time
 * zone. 09:00 on Thursday 3 December 2026 in Hà Nội: November's reports are due on the 10th.
 */
export const E2E_NOW = '2026-12-03T09:00:00+07:00';

/** The demo's figures run to October 2026; November is still to report. */
export const E2E_DEMO_LAST_MONTH = '2026-10';
