/** The active language and its messages; the language lives in the URL (`?lang=en`). */
import type { Locale } from '@cds/core';
import { MESSAGES, type MessageKey } from './messages.ts';

export function translator(locale: Locale) {
  const messages = MESSAGES[locale];
  return (key: MessageKey): string => messages[key];
}

export type Translate = ReturnType<typeof translator>;

/** The indicator's or unit's name in the active language. */
export function localName(item: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === 'vi' ? item.nameVi : item.nameEn;
}
