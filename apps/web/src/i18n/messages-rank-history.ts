/** Messages of a province's rank history (features/rank-history). */
export const rankHistoryVi = {
  'rankHistory.title': 'Lịch sử xếp hạng',
  'rankHistory.note': 'Thứ hạng cấp tỉnh theo năm đánh giá; số 1 ở trên cùng.',
  'rankHistory.oneLine':
    'Một đường liền: đến năm 2024 là {former} (xếp trong 63 tỉnh, thành phố), từ năm 2025 trong 34; hai bảng xếp hạng khác số tỉnh nên không so bậc qua năm sáp nhập.',
  'rankHistory.formerLine':
    'Đến năm 2024 là thứ hạng của {former} (trong 63 tỉnh, thành phố), từ năm 2025 của tỉnh mới (trong 34).',
  'rankHistory.none': 'Chưa có kết quả xếp hạng nào của tỉnh.',
  'rankHistory.of': 'trong {n}',
  'rankHistory.year': 'Năm',
  'rankHistory.rank': 'Hạng',
  'rankHistory.move': 'So với lần trước',
  'rankHistory.region': 'Trong vùng',
  'rankHistory.up': 'tăng {n} bậc',
  'rankHistory.down': 'giảm {n} bậc',
  'rankHistory.same': 'giữ nguyên',
  'rankHistory.notComparable': 'không so được (khác số tỉnh)',
  'rankHistory.place': 'thứ {place}/{of} vùng {region}',
  'rankHistory.best': 'dẫn đầu vùng: {name} (hạng {rank})',
  'rankHistory.indicator.dti_rank': 'Xếp hạng DTI cấp tỉnh',
  'rankHistory.indicator.ict_index_rank': 'Xếp hạng ICT Index',
};

export const rankHistoryEn: Record<keyof typeof rankHistoryVi, string> = {
  'rankHistory.title': 'Rank history',
  'rankHistory.note': 'Provincial rank by year of assessment; 1 at the top.',
  'rankHistory.oneLine':
    'One line: to 2024 {former} (ranked among 63 provinces), from 2025 among 34; rankings of different sizes, so no move is given across the merger.',
  'rankHistory.formerLine':
    'To 2024 the rank of {former} (among 63 provinces), from 2025 of the new province (among 34).',
  'rankHistory.none': 'No ranking of this province yet.',
  'rankHistory.of': 'of {n}',
  'rankHistory.year': 'Year',
  'rankHistory.rank': 'Rank',
  'rankHistory.move': 'Since the last',
  'rankHistory.region': 'In its region',
  'rankHistory.up': 'up {n}',
  'rankHistory.down': 'down {n}',
  'rankHistory.same': 'unchanged',
  'rankHistory.notComparable': 'not comparable (rankings of different sizes)',
  'rankHistory.place': '{place} of {of} in {region}',
  'rankHistory.best': 'region’s best: {name} ({rank})',
  'rankHistory.indicator.dti_rank': 'Provincial DTI rank',
  'rankHistory.indicator.ict_index_rank': 'ICT Index rank',
};
