/** Messages of the completeness page: which provinces have reported a period, on time or late. */
export const completenessVi = {
  'nav.completeness': 'Tiến độ',
  'completeness.title': 'Tiến độ báo cáo {period}',
  'completeness.help':
    'Các tỉnh, thành phố phải báo cáo kỳ này: tình trạng từng chỉ tiêu, theo nhóm, và ngày gửi lần đầu so với hạn nộp.',
  'completeness.summary':
    '{units} tỉnh · {due} chỉ tiêu phải báo cáo · hạn nộp {deadline} · đã gửi: {sent} tỉnh ({onTime} đúng hạn, {late} muộn)',
  'completeness.tableLabel': 'Tiến độ báo cáo của các tỉnh',
  'completeness.province': 'Tỉnh, thành phố',
  'completeness.status': 'Tình trạng',
  'completeness.approved': 'Đã duyệt',
  'completeness.submitted': 'Chờ duyệt',
  'completeness.open': 'Nháp / trả lại',
  'completeness.notStarted': 'Chưa nhập',
  'completeness.byFamily': 'Đã duyệt theo nhóm',
  'completeness.timeliness': 'Đúng hạn',
  'completeness.firstSent': 'Gửi lần đầu',
  'completeness.on_time': 'Đúng hạn',
  'completeness.late': 'Muộn',
  'completeness.not_sent': 'Chưa gửi',
  'completeness.overdue': 'Chưa gửi, quá hạn',
  'completeness.sortBy': 'Sắp xếp theo {column}',
  'completeness.familyCell': '{family}: {approved}/{total} đã duyệt, {submitted} chờ duyệt',
  'completeness.own': 'tỉnh của bạn',
  'completeness.empty': 'Kỳ này không có tỉnh nào phải báo cáo',
} as const;

export const completenessEn: Record<keyof typeof completenessVi, string> = {
  'nav.completeness': 'Progress',
  'completeness.title': 'Reporting progress, {period}',
  'completeness.help':
    'The provinces due to report this period: the status of each indicator, by family, and the first sending against the deadline.',
  'completeness.summary':
    '{units} provinces · {due} indicators due · deadline {deadline} · sent: {sent} ({onTime} on time, {late} late)',
  'completeness.tableLabel': 'Reporting progress of the provinces',
  'completeness.province': 'Province',
  'completeness.status': 'Status',
  'completeness.approved': 'Approved',
  'completeness.submitted': 'Awaiting review',
  'completeness.open': 'Draft / returned',
  'completeness.notStarted': 'Not started',
  'completeness.byFamily': 'Approved by family',
  'completeness.timeliness': 'On time',
  'completeness.firstSent': 'First sent',
  'completeness.on_time': 'On time',
  'completeness.late': 'Late',
  'completeness.not_sent': 'Not sent',
  'completeness.overdue': 'Not sent, overdue',
  'completeness.sortBy': 'Sort by {column}',
  'completeness.familyCell': '{family}: {approved}/{total} approved, {submitted} awaiting review',
  'completeness.own': 'your province',
  'completeness.empty': 'No province is due to report this period',
};
