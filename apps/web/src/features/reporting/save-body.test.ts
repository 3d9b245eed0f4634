import { describe, expect, it } from 'vitest';
import { BLANK_ROW } from './row-text.ts';
import { type RowToSave, saveBody } from './save-body.ts';

const figure = (value: number | null) => ({
  value,
  numerator: null,
  denominator: null,
  qualifier: 'exact' as const,
  rankedOf: null,
});

const row = (key: string, patch: Partial<RowToSave> = {}): RowToSave => ({
  key,
  isEditable: true,
  isDirty: false,
  isOpen: false,
  figure: figure(null),
  text: BLANK_ROW,
  basis: null,
  ...patch,
});

const SOURCE = { sourceRef: ' BC 15/BC-STTTT ', sourceQuote: '' };

describe('the form as the API takes it', () => {
  it('sends the changed rows and the open ones, in the order shown, and lists them', () => {
    const { body, sent } = saveBody(
      [
        row('a', { isDirty: true, figure: figure(6), text: { ...BLANK_ROW, value: '6' } }),
        row('b'),
        row('c', { isOpen: true, figure: figure(7), basis: { revisionId: 3, version: 2 } }),
        row('d', { isDirty: true, isEditable: false, figure: figure(8) }),
      ],
      SOURCE,
      true,
    );
    expect(body.rows.map((r) => r.indicatorKey)).toEqual(['a', 'c']);
    expect(sent).toEqual([
      { key: 'a', hasOwnSource: false },
      { key: 'c', hasOwnSource: false },
    ]);
    expect(body).toMatchObject({ sourceRef: 'BC 15/BC-STTTT', sourceQuote: null, submit: true });
    expect(body.rows[1]).toMatchObject({ value: 7, basedOn: { revisionId: 3, version: 2 } });
  });

  it('sends blanks as null, so a row without its own source takes the form’s', () => {
    const text = { ...BLANK_ROW, value: '6', note: '  ', sourceRef: '' };
    const { body } = saveBody([row('a', { isDirty: true, figure: figure(6), text })], SOURCE, false);
    expect(body.rows[0]).toMatchObject({ note: null, sourceRef: null, sourceQuote: null, basedOn: null });
  });

  it('sends an emptied draft as an empty row (the API withdraws it)', () => {
    const { body } = saveBody(
      [row('a', { isDirty: true, isOpen: true, basis: { revisionId: 9, version: 1 } })],
      SOURCE,
      false,
    );
    expect(body.rows[0]).toMatchObject({ value: null, numerator: null, denominator: null });
  });

  it('says which rows name their own source', () => {
    const text = { ...BLANK_ROW, value: '6', sourceRef: 'Công văn 3/UBND' };
    expect(saveBody([row('a', { isDirty: true, text })], SOURCE, false).sent).toEqual([
      { key: 'a', hasOwnSource: true },
    ]);
  });
});
