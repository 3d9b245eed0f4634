/** Messages of the account form added with role coverage and accounts created without a role. */
export const accountsVi = {
  'accounts.coverage': 'Phạm vi: {coverage}',
  'accounts.noRoleTitle': 'Tạo tài khoản không có vai trò?',
  'accounts.noRoleHelp':
    'Tài khoản không có vai trò nào sẽ không xem hay nhập được gì cho đến khi được giao quyền.',
  'accounts.noRoleConfirm': 'Vẫn tạo, không có vai trò',
  'accounts.noRoleBack': 'Quay lại thêm quyền',
  'deadlines.title': 'Hạn nộp báo cáo',
  'deadlines.help':
    'Số ngày sau khi kỳ kết thúc mà số liệu của kỳ phải được gửi; hộp việc của cán bộ tính số ngày còn lại theo đây.',
  'deadlines.month': 'Tháng (ngày)',
  'deadlines.quarter': 'Quý (ngày)',
  'deadlines.half': '6 tháng (ngày)',
  'deadlines.year': 'Năm (ngày)',
  'deadlines.invalid': 'Mỗi hạn là một số nguyên từ 0 đến 366 ngày.',
  'deadlines.save': 'Lưu hạn nộp',
  'deadlines.saved': 'Đã lưu hạn nộp.',
} as const;

export const accountsEn: Record<keyof typeof accountsVi, string> = {
  'accounts.coverage': 'Covers: {coverage}',
  'accounts.noRoleTitle': 'Create an account without a role?',
  'accounts.noRoleHelp': 'An account with no role can neither see nor enter anything until it is given one.',
  'accounts.noRoleConfirm': 'Create it without a role',
  'accounts.noRoleBack': 'Go back and add a role',
  'deadlines.title': 'Reporting deadlines',
  'deadlines.help':
    'Days after a period ends by which its figures are due; the staff inbox counts the days left from them.',
  'deadlines.month': 'Month (days)',
  'deadlines.quarter': 'Quarter (days)',
  'deadlines.half': 'Half-year (days)',
  'deadlines.year': 'Year (days)',
  'deadlines.invalid': 'Each deadline is a whole number of days from 0 to 366.',
  'deadlines.save': 'Save deadlines',
  'deadlines.saved': 'Deadlines saved.',
};
