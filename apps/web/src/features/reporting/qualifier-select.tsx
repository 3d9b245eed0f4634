/** The kind of a figure: exact, or a bound or estimate as the report states it ("trên 90%"). */
import { QUALIFIERS, type Qualifier } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';

interface Props {
  rowKey: string;
  label: string;
  qualifier: Qualifier;
  onChange: (qualifier: Qualifier) => void;
  isDisabled: boolean;
}

export function QualifierSelect({ rowKey, label, qualifier, onChange, isDisabled }: Props) {
  const { t } = useI18n();
  return (
    <select
      aria-label={label}
      value={qualifier}
      disabled={isDisabled}
      data-row={rowKey}
      data-field="qualifier"
      onChange={(e) => onChange(e.target.value as Qualifier)}
    >
      {QUALIFIERS.map((q) => (
        <option key={q} value={q}>
          {t(`qualifier.${q}`)}
        </option>
      ))}
    </select>
  );
}
