/**
 * The dashboard's selection lives in the URL so that any view can be shared:
 * `?unit=v63-14&period=2023&indicator=telecom_revenue&view=reported&lang=vi`.
 */
import type { Locale, View } from '@cds/core';
import { useCallback, useSyncExternalStore } from 'react';

export const PAGES = ['overview', 'rankings', 'entries', 'login', 'admin'] as const;
export type Page = (typeof PAGES)[number];

export interface UrlState {
  page: Page;
  unit: string | null;
  period: string | null;
  indicator: string | null;
  view: View;
  lang: Locale;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  return {
    page: (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'overview',
    unit: params.get('unit'),
    period: params.get('period'),
    indicator: params.get('indicator'),
    view: params.get('view') === 'restated' ? 'restated' : 'reported',
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
}

export function useUrlState(): [
  UrlState,
  (patch: Partial<UrlState>, options?: { replace?: boolean }) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrlState(search);
  const update = useCallback((patch: Partial<UrlState>, options?: { replace?: boolean }) => {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      const isDefault =
        (key === 'view' && value === 'reported') ||
        (key === 'lang' && value === 'vi') ||
        (key === 'page' && value === 'overview');
      if (value === null || value === undefined || isDefault) params.delete(key);
      else params.set(key, String(value));
    }
    const url = `${window.location.pathname}?${params.toString()}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [state, update];
}
