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

/**
 * A message with its `{name}` placeholders filled in.
 * @example fill('theo tiến độ {n}/{of} tháng', { n: 10, of: 12 }) // 'theo tiến độ 10/12 tháng'
 */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
