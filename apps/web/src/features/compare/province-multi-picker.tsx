/**
 * Picks 2–6 provinces: chosen ones as removable chips, then a search box (an ARIA combobox) over
 * today's 34 and the former 63, in two groups. A search for an old name also finds the province
 * it became part of ("Bac Kan" finds Thái Nguyên); the best match first (the whole name, then its
 * start; "son la" is Sơn La, not Lạng Sơn). Downshift's ARIA combobox: ↑/↓ move, Enter adds or
 * removes and the list stays open for the next, Escape closes, Backspace in an empty box removes
 * the last chip.
 */
import { useCombobox } from 'downshift';
import { useId, useMemo, useState } from 'react';
import { type I18n, useI18n } from '../../i18n/use-i18n.ts';
import { rankUnits } from '../../shared/pickers/rank-units.ts';
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
  const id = useId();
  const isFull = chosen.length >= MAX_UNITS;

  const groups = useMemo(() => {
    const matches = rankUnits(units, query);
    return [
      { key: 34, label: t('compare.group34'), units: matches.filter((u) => u.vintage === 34) },
      { key: 63, label: t('compare.group63'), units: matches.filter((u) => u.vintage === 63) },
    ].filter((g) => g.units.length > 0);
  }, [units, query, t]);
  const flat = groups.flatMap((g) => g.units);

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } = useCombobox({
    items: flat,
    itemToString: (unit) => (unit ? name(unit) : ''),
    selectedItem: null,
    defaultHighlightedIndex: 0,
    isItemDisabled: (unit) => isFull && !chosen.includes(unit.id),
    // A pick adds (or removes) the province, empties the box and keeps the list open for the next.
    stateReducer: (state, { type, changes }) => {
      // The box is never "the selected item": what is typed stays when Downshift syncs its selection.
      if (type === useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem)
        return { ...changes, inputValue: state.inputValue };
      const picked =
        type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
        type === useCombobox.stateChangeTypes.ItemClick;
      return picked ? { ...changes, isOpen: true, inputValue: '' } : changes;
    },
    // The box's text is Downshift's own (typing is never slowed by a render); what was typed ranks the list.
    onInputValueChange: ({ inputValue }) => setQuery(inputValue ?? ''),
    onStateChange: ({ type, selectedItem }) => {
      const picked =
        type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
        type === useCombobox.stateChangeTypes.ItemClick;
      if (picked && selectedItem) onToggle(selectedItem.id);
    },
  });

  let index = -1;
  return (
    <div className="compare-provinces">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: Downshift's getLabelProps sets htmlFor to the combobox input */}
      <label {...getLabelProps({ className: 'compare-label' })}>{t('compare.provinces')}</label>
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
          {...getInputProps({
            'aria-describedby': `${id}-help`,
            placeholder: t('compare.searchProvince'),
            onChange: (e) => setQuery(e.currentTarget.value),
            onKeyDown: (e) => {
              if (e.key === 'Backspace' && query === '' && chosen.length > 0)
                onToggle(chosen[chosen.length - 1] as string);
              // A pick empties the box for the next, at once (not after Downshift's report of it).
              if (e.key === 'Enter' && isOpen && highlightedIndex >= 0) setQuery('');
            },
          })}
          autoComplete="off"
        />
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: getMenuProps gives it role="listbox" */}
        <div
          {...getMenuProps({ 'aria-label': t('compare.provinces') })}
          aria-multiselectable="true"
          className="province-options"
          hidden={!isOpen}
        >
          {isOpen && groups.length === 0 && <div className="province-none">—</div>}
          {isOpen &&
            groups.map((group) => (
              // A listbox's groups are role="group" (a <fieldset> is not allowed inside a listbox).
              // biome-ignore lint/a11y/useSemanticElements: see above
              <div key={group.key} role="group" aria-label={group.label}>
                <div className="option-group-label" aria-hidden="true">
                  {group.label}
                </div>
                {group.units.map((unit) => {
                  index += 1;
                  const detail = note(unit, i18n);
                  const isChosen = chosen.includes(unit.id);
                  return (
                    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: getItemProps gives it role="option"; selected means chosen
                    <div
                      key={unit.id}
                      {...getItemProps({ item: unit, index, onClick: () => setQuery('') })}
                      aria-selected={isChosen}
                      data-unit={unit.id}
                      className={index === highlightedIndex ? 'is-active' : undefined}
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
      </div>
    </div>
  );
}
