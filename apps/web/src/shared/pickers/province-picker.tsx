/**
 * A searchable province picker (an ARIA combobox). Today's 34 units list their former
 * provinces beneath, and a search for an old name, with or without diacritics, finds
 * the unit it became part of: "Bac Kan" finds Thái Nguyên.
 */
import { matchesSearch } from '@cds/core';
import { useId, useMemo, useRef, useState } from 'react';
import { type I18n, useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../reference/reference-queries.ts';

interface Props {
  units: readonly UnitView[];
  selected: UnitView | undefined;
  onSelect: (unitId: string) => void;
}

function detail(unit: UnitView, { t, name }: Pick<I18n, 't' | 'name'>): string | null {
  if (unit.vintage === 34 && unit.predecessors.length > 1) {
    return t('formedFromUnits', { names: unit.predecessors.map(name).join(', ') });
  }
  if (unit.vintage === 63 && unit.successor && unit.successor.nameVi !== unit.nameVi) {
    return t('partOfUnit', { name: name(unit.successor) });
  }
  return null;
}

export function ProvincePicker({ units, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t, name } = i18n;
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(
    () =>
      units.filter(
        (u) =>
          !query ||
          matchesSearch(`${u.nameVi} ${u.nameEn}`, query) ||
          u.predecessors.some((p) => matchesSearch(p.nameVi, query)),
      ),
    [units, query],
  );

  const choose = (unit: UnitView | undefined) => {
    if (!unit) return;
    onSelect(unit.id);
    setQuery('');
    setOpen(false);
    inputRef.current?.blur();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && isOpen) {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setQuery('');
    }
  };

  return (
    <div className="province-picker">
      <label htmlFor={`${listId}-input`}>{t('province')}</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        autoComplete="off"
        placeholder={selected ? name(selected) : ''}
        value={isOpen ? query : selected ? name(selected) : ''}
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
        // The ARIA combobox pattern: focus stays in the input, which handles the keys;
        // options are pointed at with aria-activedescendant and need no focus of their own.
        <div id={listId} role="listbox" className="province-options" aria-label={t('province')}>
          {matches.length === 0 && <div className="province-none">—</div>}
          {matches.map((unit, i) => {
            const note = detail(unit, i18n);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
              // biome-ignore lint/a11y/useFocusableInteractive: options are reached via aria-activedescendant
              <div
                key={unit.id}
                id={`${listId}-${unit.id}`}
                role="option"
                aria-selected={unit.id === selected?.id}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(unit)}
              >
                <span className="province-name">{name(unit)}</span>
                {note && <span className="province-note">{note}</span>}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
