/**
 * Recognises a unique-constraint violation from either engine, so a write that lost a race to a
 * concurrent insert of the same row can answer 409 rather than 500. A check before the write gives
 * the clear message; this catches what gets past the check.
 *
 * On PostgreSQL the violation aborts the transaction it happened in: catch it around the
 * transaction (`db.transaction().execute(…)`), not inside it.
 */

/** SQLite (better-sqlite3) names the constraint kind; PostgreSQL gives SQLSTATE 23505. */
const UNIQUE_VIOLATION_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', '23505']);

/**
 * Whether `error` is a unique-constraint violation (SQLite or PostgreSQL).
 *
 * @example
 * try {
 *   await db.transaction().execute((trx) => insertPlan(trx, plan));
 * } catch (error) {
 *   if (isUniqueViolation(error)) return c.json(apiError('conflict', { vi: '…', en: '…' }), 409);
 *   throw error;
 * }
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return UNIQUE_VIOLATION_CODES.has(String(error.code));
}
