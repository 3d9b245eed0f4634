/**
 * The demo accounts that come with the demo dataset, one per role, all with DEMO_PASSWORD.
 * Documented in the README; flagged is_demo, and deactivated at any start with DEMO_DATA=off.
 */
import type { RoleAssignment } from '../auth/session-user.ts';

export const DEMO_PASSWORD = 'demo-cds-2026';

export interface DemoAccount {
  login: string;
  displayName: string;
  assignments: RoleAssignment[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    login: 'demo.viewer',
    displayName: 'Người xem (demo)',
    assignments: [{ role: 'viewer', unitId: null }],
  },
  {
    login: 'demo.sonla',
    displayName: 'Cán bộ Sơn La (demo)',
    assignments: [{ role: 'staff', unitId: 'v34-14' }],
  },
  {
    login: 'demo.quangtri',
    displayName: 'Cán bộ Quảng Trị (demo)',
    assignments: [{ role: 'staff', unitId: 'v34-44' }],
  },
  {
    login: 'demo.reviewer',
    displayName: 'Người duyệt Sơn La, Quảng Trị (demo)',
    assignments: [
      { role: 'reviewer', unitId: 'v34-14' },
      { role: 'reviewer', unitId: 'v34-44' },
    ],
  },
  {
    login: 'demo.admin',
    displayName: 'Quản trị (demo)',
    assignments: [{ role: 'admin', unitId: null }],
  },
];
