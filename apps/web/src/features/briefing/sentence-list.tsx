/**
 * The drafted sentences for a meeting document (core's drafter, via the briefing API), each
 * followed by the numbers of the key-figure rows it states ("[3, 4]", links to the rows) and,
 * on hover, the figures themselves with their period and whether they are demo or derived.
 */
import { formatIndicatorValue, type IndicatorUnit } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { BriefingSentence } from './briefing-queries.ts';

interface Props {
  sentences: readonly BriefingSentence[];
  /** The key-figure row of an indicator, for the footnote numbers. */
  rowOf: (indicatorKey: string) => number | undefined;
  indicatorByKey: ReadonlyMap<string, { nameVi: string; nameEn: string; unit: IndicatorUnit }>;
}

export function SentenceList({ sentences, rowOf, indicatorByKey }: Props) {
  const { t, locale, name } = useI18n();
  if (sentences.length === 0) return <p className="muted">{t('briefing.print.noSentences')}</p>;
  const factText = (fact: BriefingSentence['facts'][number]) => {
    const indicator = indicatorByKey.get(fact.indicatorKey);
    const value = indicator ? formatIndicatorValue(fact.value, indicator.unit, locale) : String(fact.value);
    const flags = [
      t(`briefing.print.role.${fact.role}`),
      fact.isDemo ? t('briefing.demo') : null,
      fact.isDerived ? t('briefing.print.derived') : null,
    ].filter(Boolean);
    return `${indicator ? name(indicator) : fact.indicatorKey} ${fact.period}: ${value} (${flags.join(', ')})`;
  };
  return (
    <ol className="sentences">
      {sentences.map((sentence) => {
        const rows = [...new Set(sentence.facts.flatMap((f) => rowOf(f.indicatorKey) ?? []))].sort(
          (a, b) => a - b,
        );
        const text = locale === 'vi' ? sentence.vi : sentence.en;
        return (
          <li
            key={text}
            className="sentence"
            title={sentence.facts.map(factText).join('\n')}
            data-facts={sentence.facts.length}
          >
            <span className="sentence-text">{text}</span>
            {rows.length > 0 && (
              <sup className="sentence-refs">
                [
                {rows.map((n, i) => (
                  <span key={n}>
                    {i > 0 && ', '}
                    <a href={`#fig-${n}`}>{n}</a>
                  </span>
                ))}
                ]
              </sup>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The sentences as plain text, one a line, for the clipboard. */
export function sentencesText(sentences: readonly BriefingSentence[], locale: 'vi' | 'en'): string {
  return sentences.map((s) => (locale === 'vi' ? s.vi : s.en)).join('\n');
}
