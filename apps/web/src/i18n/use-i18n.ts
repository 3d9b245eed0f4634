/**
 * The active language and its messages. The language lives in the URL (`?lang=en`); the root
 * route puts it in an {@link I18nProvider} and every component reads it with {@link useI18n}.
 */
import type { Locale } from '@cds/core';
import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import { MESSAGES, type MessageKey } from './messages.ts';

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

/**
 * A message in the active language, its placeholders filled in.
 * @example t('rankWithData', { n: 34 }) // '34 tỉnh có số liệu'
 */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, values) => (values ? fill(messages[key], values) : messages[key]);
}

/** The indicator's or unit's name in the active language. */
export function localName(item: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === 'vi' ? item.nameVi : item.nameEn;
}

/**
 * A message with its `{name}` placeholders filled in; an unknown placeholder stays as written.
 * @example fill('theo tiến độ {n}/{of} tháng', { n: 10, of: 12 }) // 'theo tiến độ 10/12 tháng'
 */
export function fill(message: string, values: MessageValues): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export interface I18n {
  locale: Locale;
  t: Translate;
  /** An indicator's or unit's name in the active language. */
  name: (item: { nameVi: string; nameEn: string }) => string;
}

function i18nFor(locale: Locale): I18n {
  return { locale, t: translator(locale), name: (item) => localName(item, locale) };
}

// Vietnamese until a provider says otherwise: the default is the product's first language.
const I18nContext = createContext<I18n>(i18nFor('vi'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => i18nFor(locale), [locale]);
  return createElement(I18nContext.Provider, { value }, children);
}

/** The active language, its messages and names: `const { t, locale, name } = useI18n();` */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
