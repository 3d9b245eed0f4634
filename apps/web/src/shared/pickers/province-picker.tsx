/**
 * A searchable province picker: Downshift's ARIA combobox (keys, focus, aria-activedescendant and
 * closing on blur are the library's). Today's 34 units list their former provinces beneath, and a
 * search with or without diacritics ranks the whole name first and today's province before a
 * former one ("son la" then Enter picks Sơn La, not Lạng Sơn; "dien bien" picks today's Điện
 * Biên); an old name finds the unit it became part of ("Bac Kan" finds Thái Nguyên). A pick
 * closes the list.
 */
import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import { type I18n, useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../reference/reference-queries.ts';
import { rankUnits } from './rank-units.ts';

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
  /** What is typed; null when nothing is, and the box names the page's province. */
  const [query, setQuery] = useState<string | null>(null);
  const matches = useMemo(() => rankUnits(units, query ?? ''), [units, query]);

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } = useCombobox({
    items: matches,
    itemToString: (unit) => (unit ? name(unit) : ''),
    // The page's province is in the address, not in this box: every pick is a change.
    selectedItem: null,
    // Set in the input's own change handler, so that the list Enter picks from is the one typed for.
    inputValue: query ?? (selected ? name(selected) : ''),
    defaultHighlightedIndex: 0,
    // What is typed stays when Downshift syncs its (always empty) selection after a pick.
    stateReducer: (state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem
        ? { ...changes, inputValue: state.inputValue }
        : changes,
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onSelect(selectedItem.id);
    },
  });

  return (
    <div className="province-picker">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: Downshift's getLabelProps sets htmlFor to the combobox input */}
      <label {...getLabelProps()}>{t('province')}</label>
      <input
        {...getInputProps({
          placeholder: selected ? name(selected) : '',
          onChange: (e) => {
            const typed = e.currentTarget.value;
            // Typing after the province's name starts a new search rather than adding to the name.
            const shown = selected ? name(selected) : '';
            setQuery(query === null && shown && typed.startsWith(shown) ? typed.slice(shown.length) : typed);
          },
          // Picked, left or given up: the box names the page's province again, at once.
          onKeyDown: (e) => {
            if (e.key === 'Escape' || (e.key === 'Enter' && isOpen && highlightedIndex >= 0)) setQuery(null);
          },
          onBlur: () => setQuery(null),
          // Typing replaces the province's name rather than adding to it.
          onFocus: (e) => e.currentTarget.select(),
        })}
        autoComplete="off"
      />
      <div {...getMenuProps({ 'aria-label': t('province') })} className="province-options" hidden={!isOpen}>
        {isOpen && matches.length === 0 && <div className="province-none">—</div>}
        {isOpen &&
          matches.map((unit, index) => {
            const note = detail(unit, i18n);
            return (
              <div
                key={unit.id}
                {...getItemProps({ item: unit, index, onClick: () => setQuery(null) })}
                data-unit={unit.id}
                className={index === highlightedIndex ? 'is-active' : undefined}
              >
                <span className="province-name">{name(unit)}</span>
                {note && <span className="province-note">{note}</span>}
              </div>
            );
          })}
      </div>
    </div>
  );
}
