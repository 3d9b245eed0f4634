/**
 * Enter in the period form's grid moves to the same field of the next row (Shift+Enter: of the
 * previous one), as in a spreadsheet; Tab keeps moving along the row. Rows without that field
 * (a count has no numerator) and read-only rows are passed over.
 */
export function moveInColumn(input: HTMLInputElement, step: 1 | -1): void {
  const grid = input.closest('table');
  const field = input.dataset.field;
  if (!grid || !field) return;
  const column = [...grid.querySelectorAll<HTMLInputElement>(`input[data-field="${field}"]`)].filter(
    (i) => !i.disabled,
  );
  const next = column[column.indexOf(input) + step];
  if (!next) return;
  next.focus();
  next.select();
}
