/**
 * The province a browser last opened, kept in localStorage: the header's "Tổng quan" opens it
 * for a user without a province of their own. Storage may be off (private windows): then nothing
 * is kept and nothing fails.
 */
const KEY = 'cds.lastProvince';

export function rememberProvince(unitId: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, unitId);
  } catch {
    // Storage refused: the featured province opens instead.
  }
}

export function lastViewedProvince(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}
