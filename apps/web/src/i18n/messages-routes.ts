/** Messages of the router: paths that lead nowhere, parameters that cannot be read, the way back. */
export const routesVi = {
  'route.badParam': '{param} “{value}” trong địa chỉ không đọc được',
  'route.badParamHelp': 'Địa chỉ có thể đã bị cắt hoặc gõ nhầm. Mở trang này không kèm tham số đó:',
  'route.openWithout': 'Mở {page} không kèm “{param}”',
  'route.thisPage': 'trang này',
  'route.notFound': 'Không có trang này',
  'route.notFoundHelp': 'Địa chỉ “{path}” không dẫn tới trang nào của Chỉ số CĐS.',
  'route.unknownProvince': 'Không tìm thấy tỉnh, thành phố “{id}”',
  'route.unknownProvinceHelp':
    'Mã tỉnh có dạng v63-14 (63 tỉnh trước 1/7/2025) hoặc v34-14 (34 tỉnh từ 1/7/2025).',
  'route.unknownIndicator': 'Không có chỉ tiêu “{key}”',
  'route.unknownIndicatorHelp': 'Chọn một chỉ tiêu trong danh sách xếp hạng.',
  'route.home': 'Về trang chính',
  'route.toRankings': 'Mở bảng xếp hạng',
  'route.noFigures': 'Chưa có số liệu nào',
  'route.noFiguresHelp': 'Khi có số liệu được nhập và duyệt, trang chính sẽ mở tỉnh có số liệu mới nhất.',
  'route.moved': '{from} thuộc {to} từ ngày 1/7/2025: kỳ này hiển thị {to}.',
  'route.movedBack': 'Kỳ này trước ngày 1/7/2025: hiển thị {to}, nay là một phần của {from}.',
} as const;

export const routesEn: Record<keyof typeof routesVi, string> = {
  'route.badParam': 'The {param} “{value}” in the address cannot be read',
  'route.badParamHelp': 'The address may have been cut or mistyped. Open this page without that parameter:',
  'route.openWithout': 'Open {page} without “{param}”',
  'route.thisPage': 'this page',
  'route.notFound': 'No such page',
  'route.notFoundHelp': 'The address “{path}” does not lead to a page of Chỉ số CĐS.',
  'route.unknownProvince': 'No province or city “{id}”',
  'route.unknownProvinceHelp':
    'Province ids look like v63-14 (the 63 provinces before 1 July 2025) or v34-14 (the 34 from 1 July 2025).',
  'route.unknownIndicator': 'No indicator “{key}”',
  'route.unknownIndicatorHelp': 'Choose an indicator in the rankings list.',
  'route.home': 'Go to the main page',
  'route.toRankings': 'Open the rankings',
  'route.noFigures': 'No figures yet',
  'route.noFiguresHelp':
    'Once figures are entered and approved, the main page opens the province with the latest.',
  'route.moved': '{from} is part of {to} since 1 July 2025: this period shows {to}.',
  'route.movedBack': 'This period is before 1 July 2025: it shows {to}, now part of {from}.',
};
