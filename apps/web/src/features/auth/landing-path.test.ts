import { describe, expect, it } from 'vitest';
import { landingPath } from './landing-path.ts';

const user = (...roles: string[]) => ({ assignments: roles.map((role) => ({ role })) });

describe('where a user lands after signing in', () => {
  it('sends staff to their reports and reviewers to what waits for them', () => {
    expect(landingPath(user('staff'))).toBe('/bao-cao');
    expect(landingPath(user('reviewer'))).toBe('/duyet');
    expect(landingPath(user('staff', 'reviewer'))).toBe('/bao-cao');
  });

  it('sends viewers and administrators to the main page', () => {
    expect(landingPath(user('viewer'))).toBe('/');
    expect(landingPath(user('admin', 'staff'))).toBe('/');
    expect(landingPath(user())).toBe('/');
  });
});
