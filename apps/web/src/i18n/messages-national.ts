/** The national picture's text (`/xep-hang/$indicator`): every province on one indicator and period. */
export const nationalVi = {
  'national.nav': 'Toàn quốc',
};

export const nationalEn: Record<keyof typeof nationalVi, string> = {
  'national.nav': 'National picture',
};
