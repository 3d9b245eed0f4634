import { describe, expect, it } from 'vitest';
import { formStanding } from './form-standing.ts';

const rows = (...statuses: ('not_started' | 'draft' | 'submitted' | 'returned' | 'approved')[]) =>
  statuses.map((status) => ({ status }));

describe('where a period form stands', () => {
  it('after sending, says the figures wait for review, never that there is nothing to send', () => {
    const standing = formStanding({ status: 'submitted', rows: rows('submitted', 'not_started') }, false);
    expect(standing.status).toBe('submitted');
    expect(standing.counts).toMatchObject({ submitted: 1, not_started: 1 });
    expect(standing.isNothingToSend).toBe(false);
  });

  it('says there is nothing to send only when nothing is typed and nothing kept', () => {
    expect(formStanding({ status: 'not_started', rows: rows('not_started') }, false).isNothingToSend).toBe(
      true,
    );
    expect(formStanding({ status: 'not_started', rows: rows('not_started') }, true).isNothingToSend).toBe(
      false,
    );
    expect(formStanding({ status: 'approved', rows: rows('approved') }, false).isNothingToSend).toBe(false);
  });
});
