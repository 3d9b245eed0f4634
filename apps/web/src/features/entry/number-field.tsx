/**
 * A text field for a figure's number with, beside it and as it is typed, the number as the form
 * read it ("= 500.000", "= trên 90%") or why it could not (rules in @cds/core `parse-number.ts`).
 * The read-back sits outside the label, so the field's accessible name stays its caption.
 */
import { type ReactNode, useId } from 'react';

interface Props {
  label: ReactNode;
  text: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  /** What was read, already formatted with its unit; shown after "=". */
  readBack: string | null;
  /** Why the text could not be read; shown instead of the read-back. */
  error: string | null;
  placeholder?: string;
  /** A bare number only: a numeric keypad on phones (no letters, `/` or `%` needed). */
  isBare?: boolean;
  /** Share a row equally with the fields beside it. */
  grow?: boolean;
}

const READ_STYLE = { display: 'block', fontSize: '0.85rem', minHeight: '1.3em', marginTop: 3 } as const;

export function NumberField({
  label,
  text,
  onChange,
  onBlur,
  readBack,
  error,
  placeholder,
  isBare,
  grow,
}: Props) {
  const id = useId();
  return (
    <div className="number-field" style={grow ? { flex: 1 } : undefined}>
      <label>
        {label}
        <input
          inputMode={isBare ? 'decimal' : 'text'}
          value={text}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-read`}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      </label>
      <output id={`${id}-read`} className={error ? 'form-error' : 'muted'} style={READ_STYLE}>
        {error ?? (readBack ? `= ${readBack}` : '')}
      </output>
    </div>
  );
}
