/**
 * Whether the screen is a phone's (at most 600 px wide: the stylesheet's own breakpoint), kept up
 * to date when the window is resized or the phone turned. For what CSS alone cannot decide, such
 * as whether a disclosure starts open.
 */
import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
