/** The compare page's text (`/so-sanh`). */
export const compareVi = {
  'compare.title': 'So sánh các tỉnh',
};

export const compareEn: Record<keyof typeof compareVi, string> = {
  'compare.title': 'Compare provinces',
};
