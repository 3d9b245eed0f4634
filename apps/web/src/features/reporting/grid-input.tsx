/**
 * A text field of the period form's grid, named for screen readers after its column and its
 * indicator, with its error under it. `data-row` and `data-field` tell Enter and paste where it is;
 * `data-api-error` marks a field the API refused, to be focused after a failed save.
 */
import type { ClipboardEvent, KeyboardEvent } from 'react';

interface Props {
  rowKey: string;
  field: string;
  /** The accessible name: "Tử số: Tỷ lệ thôn/bản có sóng băng rộng di động". */
  label: string;
  text: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  error: string | null;
  isApiError: boolean;
  isDisabled: boolean;
  placeholder?: string;
  /** A bare number: the numeric keypad on phones. */
  isBare?: boolean;
  /** Ids of what else describes the field (the number as read). */
  describedBy?: string;
  /** Draws the eye without being an error (a note a flag asks for). */
  isWanted?: boolean;
}

export function GridInput(props: Props) {
  const { rowKey, field, label, text, error, describedBy } = props;
  const errorId = `err-${rowKey}-${field}`;
  const described = [error ? errorId : null, describedBy].filter(Boolean).join(' ');
  return (
    <div className="grid-field">
      <input
        id={`in-${rowKey}-${field}`}
        aria-label={label}
        value={text}
        disabled={props.isDisabled}
        placeholder={props.placeholder}
        inputMode={props.isBare ? 'decimal' : 'text'}
        autoComplete="off"
        data-row={rowKey}
        data-field={field}
        data-api-error={props.isApiError ? 'true' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className={props.isWanted ? 'is-wanted' : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        onPaste={props.onPaste}
        onKeyDown={props.onKeyDown}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
