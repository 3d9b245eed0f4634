import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date.ts';

describe('dates of the reporting screens', () => {
  it('writes a deadline the way each language does', () => {
    expect(formatDate('2026-12-10', 'vi')).toBe('10/12/2026');
    expect(formatDate('2026-12-10', 'en')).toBe('10 Dec 2026');
  });

  it('says a moment in Vietnam’s time, whatever the browser’s', () => {
    expect(formatDateTime('2026-12-03T20:38:00.000Z', 'vi')).toBe('04/12/2026 03:38');
    expect(formatDateTime('2026-12-03T07:38:00.000Z', 'en')).toBe('3 Dec 2026 14:38');
  });

  it('dates a comment made at night on its Vietnamese day, as the moment beside it', () => {
    // A return at 06:49 on 6 December in Hà Nội is 23:49 on the 5th in UTC.
    expect(formatDate('2026-12-05T23:49:00.000Z', 'vi')).toBe('06/12/2026');
    expect(formatDateTime('2026-12-05T23:49:00.000Z', 'vi')).toBe('06/12/2026 06:49');
  });

  it('leaves what it cannot read as it was', () => {
    expect(formatDate('soon', 'vi')).toBe('soon');
  });
});
