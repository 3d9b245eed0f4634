/** Messages of the account form added with role coverage and accounts created without a role. */
export const accountsVi = {
  'accounts.coverage': 'Phạm vi: {coverage}',
  'accounts.noRoleTitle': 'Tạo tài khoản không có vai trò?',
  'accounts.noRoleHelp':
    'Tài khoản không có vai trò nào sẽ không xem hay nhập được gì cho đến khi được giao quyền.',
  'accounts.noRoleConfirm': 'Vẫn tạo, không có vai trò',
  'accounts.noRoleBack': 'Quay lại thêm quyền',
} as const;

export const accountsEn: Record<keyof typeof accountsVi, string> = {
  'accounts.coverage': 'Covers: {coverage}',
  'accounts.noRoleTitle': 'Create an account without a role?',
  'accounts.noRoleHelp': 'An account with no role can neither see nor enter anything until it is given one.',
  'accounts.noRoleConfirm': 'Create it without a role',
  'accounts.noRoleBack': 'Go back and add a role',
};
