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
  /** Which mark each proposal is shown by (its own, or the one its words fall into). */
  const markOf = new Map<number, number>();
  let at = 0;
  let last: { index: number; end: number } | null = null;
  for (const { p, index } of order) {
    if (last && p.start < last.end) {
      markOf.set(index, last.index);
      continue;
    }
    parts.push(text.slice(at, p.start));
    markOf.set(index, index);
    const sharing = order.filter((o) => o.p.start >= p.start && o.p.start < p.end).map((o) => o.index);
    const isSelected = selected !== null && sharing.includes(selected);
    parts.push(
      <mark
        key={index}
        data-mark={index}
        className={isSelected ? 'is-selected' : undefined}
        role="button"
        tabIndex={0}
        aria-pressed={isSelected}
        aria-label={t('extract.markOf', { quote: p.quote })}
        onClick={() => onSelect(index)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSelect(index);
          }
        }}
      >
        {text.slice(p.start, p.end)}
      </mark>,
    );
    at = p.end;
    last = { index, end: p.end };
  }
  parts.push(text.slice(at));

  useEffect(() => {
    if (showRequest === 0 || selected === null) return;
    const mark = root.current?.querySelector<HTMLElement>(`[data-mark="${markOf.get(selected) ?? selected}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark?.focus({ preventScroll: true });
    // Only when asked: a re-render must not move the reader's scroll.
    // biome-ignore lint/correctness/useExhaustiveDependencies: showRequest is the trigger
  }, [showRequest]);

  return (
    <article ref={root} className="marked-report" aria-label={t('extract.textLabel')}>
      {parts}
    </article>
  );
}
