/**
 * The six socio-economic regions of NA Resolution 81/2023/QH15, keyed by stable short
 * codes. `provinces-63.csv` names them in Vietnamese; this gives them codes and English.
 */
export const REGIONS = [
  { code: 'TDMNPB', nameVi: 'Trung du và miền núi phía Bắc', nameEn: 'Northern Midlands and Mountains' },
  { code: 'DBSH', nameVi: 'Đồng bằng sông Hồng', nameEn: 'Red River Delta' },
  {
    code: 'BTB-DHMT',
    nameVi: 'Bắc Trung Bộ và duyên hải miền Trung',
    nameEn: 'North Central and Central Coast',
  },
  { code: 'TN', nameVi: 'Tây Nguyên', nameEn: 'Central Highlands' },
  { code: 'DNB', nameVi: 'Đông Nam Bộ', nameEn: 'Southeast' },
  { code: 'DBSCL', nameVi: 'Đồng bằng sông Cửu Long', nameEn: 'Mekong River Delta' },
] as const;

export function regionCodeOf(nameVi: string): string {
  const region = REGIONS.find((r) => r.nameVi === nameVi);
  if (!region) throw new Error(`unknown region "${nameVi}"`);
  return region.code;
}
