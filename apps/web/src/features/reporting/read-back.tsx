/**
 * The row's figure as the form read it, beside what was typed: "500.000" reads "= 500.000 ·
 * 500 nghìn", "trên 90" reads "= trên 90%", a percentage given as parts shows the value they make.
 * What was typed but could not be read shows at its field instead.
 */
import { formatPercent, formatReading } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { inWords } from './in-words.ts';
import type { FormRowModel } from './use-period-form.ts';

export function ReadBack({ row, id }: { row: FormRowModel; id: string }) {
  const { t, locale } = useI18n();
  const { reading, unit } = row;
  const read = reading.value;
  let text: string | null = null;
  if (read.ok) {
    const shown = read.kind === 'number' ? { ...read, qualifier: reading.figure.qualifier } : read;
    text = formatReading(shown, unit, locale);
  } else if (read.kind === 'empty' && unit === 'percent' && reading.shownValue !== null) {
    text = `${formatPercent(reading.shownValue, locale, 2)} (${t('form.computed')})`;
  }
  const words = read.ok && read.kind === 'number' ? inWords(read.value, unit, locale) : null;
  return (
    <output id={id} className="read-back" htmlFor={`in-${row.key}-value`}>
      {text && `= ${text}`}
      {words && <span className="in-words">({words})</span>}
    </output>
  );
}
