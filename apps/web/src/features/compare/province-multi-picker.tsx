/**
 * Picks 2–6 provinces: chosen ones as removable chips, then a search box (an ARIA combobox) over
 * today's 34 and the former 63, in two groups. A search for an old name also finds the province
 * it became part of ("Bac Kan" finds Thái Nguyên). Keys: ↑/↓ move, Enter adds or removes,
 * Escape closes, Backspace in an empty box removes the last chip.
 */
import { matchesSearch } from '@cds/core';
import { useId, useMemo, useState } from 'react';
import { type I18n, useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { MAX_UNITS } from './compare-selection.ts';

interface Props {
  units: readonly UnitView[];
  chosen: readonly string[];
  nameOf: (unitId: string) => string;
  onToggle: (unitId: string) => void;
}

function note(unit: UnitView, { t, name }: Pick<I18n, 't' | 'name'>): string | null {
  if (unit.vintage === 34 && unit.predecessors.length > 1)
    return t('formedFromUnits', { names: unit.predecessors.map(name).join(', ') });
  if (unit.vintage === 63 && unit.successor && unit.successor.nameVi !== unit.nameVi)
    return t('partOfUnit', { name: name(unit.successor) });
  return null;
}

export function ProvinceMultiPicker({ units, chosen, nameOf, onToggle }: Props) {
  const i18n = useI18n();
  const { t, name } = i18n;
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const isFull = chosen.length >= MAX_UNITS;

  const groups = useMemo(() => {
    const matches = units.filter(
      (u) =>
        !query ||
        matchesSearch(`${u.nameVi} ${u.nameEn}`, query) ||
        u.predecessors.some((p) => matchesSearch(p.nameVi, query)),
    );
    return [
      { key: 34, label: t('compare.group34'), units: matches.filter((u) => u.vintage === 34) },
      { key: 63, label: t('compare.group63'), units: matches.filter((u) => u.vintage === 63) },
    ].filter((g) => g.units.length > 0);
  }, [units, query, t]);
  const flat = groups.flatMap((g) => g.units);
  const activeUnit = flat[Math.min(active, flat.length - 1)];

  const choose = (unit: UnitView | undefined) => {
    if (!unit) return;
    if (isFull && !chosen.includes(unit.id)) return;
    onToggle(unit.id);
    setQuery('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, flat.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && isOpen) {
      e.preventDefault();
      choose(activeUnit);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setQuery('');
    } else if (e.key === 'Backspace' && query === '' && chosen.length > 0) {
      onToggle(chosen[chosen.length - 1] as string);
    }
  };

  return (
    <div className="compare-provinces">
      <label htmlFor={`${id}-input`} className="compare-label">
        {t('compare.provinces')}
      </label>
      <p id={`${id}-help`} className="muted compare-help">
        {isFull ? t('compare.full') : t('compare.provincesHelp')}
      </p>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('compare.chosen')}>
          {chosen.map((unitId, i) => (
            <li key={unitId} className={`chip series-${i}`}>
              <span className="chip-swatch" aria-hidden="true" />
              {nameOf(unitId)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('compare.remove', { name: nameOf(unitId) })}
                onClick={() => onToggle(unitId)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="province-picker compare-search">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={isOpen}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-describedby={`${id}-help`}
          aria-activedescendant={isOpen && activeUnit ? `${id}-${activeUnit.id}` : undefined}
          autoComplete="off"
          placeholder={t('compare.searchProvince')}
          value={query}
          onFocus={() => {
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {isOpen && (
          // The ARIA combobox pattern: focus stays in the input; options are pointed at with
          // aria-activedescendant and need no focus of their own.
          <div
            id={`${id}-list`}
            role="listbox"
            aria-multiselectable="true"
            aria-label={t('compare.provinces')}
            className="province-options"
          >
            {groups.length === 0 && <div className="province-none">—</div>}
            {groups.map((group) => (
              // A listbox's groups are role="group" (a <fieldset> is not allowed inside a listbox).
              // biome-ignore lint/a11y/useSemanticElements: see above
              <div key={group.key} role="group" aria-label={group.label}>
                <div className="option-group-label" aria-hidden="true">
                  {group.label}
                </div>
                {group.units.map((unit) => {
                  const detail = note(unit, i18n);
                  const isChosen = chosen.includes(unit.id);
                  return (
                    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
                    // biome-ignore lint/a11y/useFocusableInteractive: options are reached via aria-activedescendant
                    <div
                      key={unit.id}
                      id={`${id}-${unit.id}`}
                      role="option"
                      aria-selected={isChosen}
                      aria-disabled={isFull && !isChosen ? true : undefined}
                      data-unit={unit.id}
                      className={unit.id === activeUnit?.id ? 'is-active' : undefined}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(unit)}
                    >
                      <span className="option-check" aria-hidden="true">
                        {isChosen ? '✓' : ''}
                      </span>
                      <span className="province-name">{name(unit)}</span>
                      {detail && <span className="province-note">{detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
