/**
 * Provinces worth adding, one click each: the others of the first province's region, those
 * ranked close to it on the first indicator, the provinces it merged with; and the national
 * (and regional) value as a toggle. The API chooses them (`suggestComparators` in core).
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Comparison } from './compare-queries.ts';
import { MAX_UNITS } from './compare-selection.ts';

interface Props {
  comparison: Comparison;
  chosen: readonly string[];
  nameOf: (unitId: string) => string;
  showNational: boolean;
  onAdd: (unitId: string) => void;
  onNational: (show: boolean) => void;
}

const GROUPS = ['sameRegion', 'similarRank', 'mergedPartners'] as const;

export function SuggestionChips({ comparison, chosen, nameOf, showNational, onAdd, onNational }: Props) {
  const { t } = useI18n();
  const { suggestions } = comparison;
  const isFull = chosen.length >= MAX_UNITS;
  return (
    <section
      className="suggestions"
      aria-label={t('compare.suggestions', { name: nameOf(suggestions.unitId) })}
    >
      <p className="compare-label">{t('compare.suggestions', { name: nameOf(suggestions.unitId) })}</p>
      <div className="suggestion-groups">
        {GROUPS.map((group) => {
          const ids = suggestions[group].filter((id) => !chosen.includes(id));
          if (ids.length === 0) return null;
          return (
            <fieldset key={group} className="suggestion-group">
              <legend className="suggestion-kind">{t(`compare.${group}`)}</legend>
              {ids.map((id) => (
                <button
                  key={id}
                  type="button"
                  className="chip chip-add"
                  disabled={isFull}
                  aria-label={t('compare.add', { name: nameOf(id) })}
                  data-unit={id}
                  onClick={() => onAdd(id)}
                >
                  <span aria-hidden="true">+ </span>
                  {nameOf(id)}
                </button>
              ))}
            </fieldset>
          );
        })}
        <div className="suggestion-group">
          <button
            type="button"
            className="chip chip-toggle"
            aria-pressed={showNational}
            onClick={() => onNational(!showNational)}
          >
            <span aria-hidden="true">{showNational ? '✓ ' : '+ '}</span>
            {t('compare.showNational')}
          </button>
        </div>
      </div>
    </section>
  );
}
