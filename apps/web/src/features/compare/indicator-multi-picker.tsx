/** Picks one to eight indicators, grouped by family, as checkboxes (the chosen ones said in the summary). */
import { FAMILIES } from '@cds/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { MAX_INDICATORS } from './compare-selection.ts';

interface Props {
  indicators: readonly IndicatorView[];
  chosen: readonly string[];
  onToggle: (key: string) => void;
}

export function IndicatorMultiPicker({ indicators, chosen, onToggle }: Props) {
  const { t, name } = useI18n();
  const isFull = chosen.length >= MAX_INDICATORS;
  // Open at first when nothing is chosen; then open or closed as the user leaves it.
  const [isOpen, setOpen] = useState(chosen.length === 0);
  return (
    <details
      className="compare-indicators"
      open={isOpen}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="compare-label">{t('compare.indicators')}</span>{' '}
        <span className="muted">· {t('compare.indicatorsCount', { n: chosen.length })}</span>
        {chosen.length > 0 && (
          <span className="compare-chosen-indicators">
            {': '}
            {chosen
              .map((key) => indicators.find((i) => i.key === key))
              .filter((i) => i !== undefined)
              .map(name)
              .join('; ')}
          </span>
        )}
      </summary>
      <div className="indicator-groups">
        {FAMILIES.map((family) => {
          const members = indicators.filter((i) => i.family === family);
          if (members.length === 0) return null;
          return (
            <fieldset key={family}>
              <legend>{t(`family.${family}`)}</legend>
              {members.map((indicator) => {
                const isChosen = chosen.includes(indicator.key);
                return (
                  <label key={indicator.key} className="check">
                    <input
                      type="checkbox"
                      value={indicator.key}
                      checked={isChosen}
                      disabled={isFull && !isChosen}
                      onChange={() => onToggle(indicator.key)}
                    />
                    {name(indicator)}
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
