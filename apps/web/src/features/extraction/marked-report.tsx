/**
 * The report's text with each proposal's words marked. A mark is a button: pressing it selects its
 * proposal in the list beside; selecting a proposal there scrolls its mark into view. Proposals
 * overlapping one already marked (two readings of the same words) share its mark.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';

interface Props {
  text: string;
  proposals: readonly ExtractedProposal[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** Bumped each time the selection should be shown in the text. */
  showRequest: number;
}

export function MarkedReport({ text, proposals, selected, onSelect, showRequest }: Props) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const order = proposals.map((p, index) => ({ p, index })).sort((a, b) => a.p.start - b.p.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  let last: { index: number; end: number } | null = null;
  for (const { p, index } of order) {
    if (last && p.start < last.end) continue;
    parts.push(text.slice(at, p.start));
    const sharing = order.filter((o) => o.p.start >= p.start && o.p.start < p.end).map((o) => o.index);
    const isSelected = selected !== null && sharing.includes(selected);
    parts.push(
      <mark key={index} className={isSelected ? 'is-selected' : undefined}>
        <button
          type="button"
          className="mark-button"
          data-mark={index}
          data-covers={sharing.join(' ')}
          aria-pressed={isSelected}
          aria-label={t('extract.markOf', { quote: p.quote })}
          onClick={() => onSelect(index)}
        >
          {text.slice(p.start, p.end)}
        </button>
      </mark>,
    );
    at = p.end;
    last = { index, end: p.end };
  }
  parts.push(text.slice(at));

  // Only when asked (showRequest): a re-render must not move the reader's scroll.
  // biome-ignore lint/correctness/useExhaustiveDependencies: showRequest is the trigger
  useEffect(() => {
    if (showRequest === 0 || selected === null) return;
    const mark = root.current?.querySelector<HTMLElement>(`[data-covers~="${selected}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark?.focus({ preventScroll: true });
  }, [showRequest]);

  return (
    <article ref={root} className="marked-report" aria-label={t('extract.textLabel')}>
      {parts}
    </article>
  );
}
