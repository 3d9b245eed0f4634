/** The product speaks Vietnamese first, English second. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message in both languages, for text that travels with data (validation errors, statuses). */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}
