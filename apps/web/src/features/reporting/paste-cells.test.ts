import { describe, expect, it } from 'vitest';
import { type PasteRow, planPaste, splitCells } from './paste-cells.ts';

describe('splitting pasted text into cells', () => {
  it('reads a column copied from a spreadsheet, its last line break ending the block', () => {
    expect(splitCells('98,15\n212/216\n500.000\n')).toEqual([['98,15'], ['212/216'], ['500.000']]);
  });

  it('reads a block of rows × columns with Windows line breaks', () => {
    expect(splitCells('212\t216\r\n30\t31\r\n')).toEqual([
      ['212', '216'],
      ['30', '31'],
    ]);
  });

  it('keeps empty cells in place, so the columns stay lined up', () => {
    expect(splitCells('1\t\t3\n\t5\t')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
    expect(splitCells('1\n\n3')).toEqual([['1'], [''], ['3']]);
  });

  it('reads a quoted cell with a line break or quotes inside as one cell', () => {
    expect(splitCells('"Theo báo cáo\nsố 12"\t5\n"nói ""trên"""\t6')).toEqual([
      ['Theo báo cáo\nsố 12', '5'],
      ['nói "trên"', '6'],
    ]);
  });

  it('leaves a single cell to the browser’s own paste', () => {
    expect(splitCells('500.000')).toBeNull();
    expect(splitCells('500.000\n')).toBeNull();
    expect(splitCells('"12"')).toBeNull();
  });
});

const rows: PasteRow[] = [
  {
    key: 'villages',
    fields: ['value', 'numerator', 'denominator', 'note'],
    isEditable: true,
    isPercent: true,
  },
  { key: 'bts', fields: ['value', 'note'], isEditable: true, isPercent: false },
  { key: 'sent', fields: ['value', 'note'], isEditable: false, isPercent: false },
  { key: 'visits', fields: ['value', 'note'], isEditable: true, isPercent: false },
];

describe('planning where pasted cells go', () => {
  it('fills consecutive rows from the field pasted into', () => {
    const plan = planPaste([['98,15'], ['6']], { key: 'villages', field: 'value' }, rows, 'vi');
    expect(plan.changes).toEqual([
      { key: 'villages', field: 'value', text: '98,15' },
      { key: 'bts', field: 'value', text: '6' },
    ]);
    expect(plan).toMatchObject({ cells: 2, rows: 2, skipped: 0 });
  });

  it('skips a read-only row without shifting the rows after it', () => {
    const plan = planPaste([['6'], ['7'], ['81.442']], { key: 'bts', field: 'value' }, rows, 'vi');
    expect(plan.changes).toEqual([
      { key: 'bts', field: 'value', text: '6' },
      { key: 'visits', field: 'value', text: '81.442' },
    ]);
    expect(plan).toMatchObject({ rows: 2, skipped: 1 });
  });

  it('fills the columns after the one pasted into, skipping fields a row lacks', () => {
    const plan = planPaste(
      [
        ['212', '216'],
        ['6', '7'],
      ],
      { key: 'villages', field: 'numerator' },
      rows,
      'vi',
    );
    expect(plan.changes).toEqual([
      { key: 'villages', field: 'numerator', text: '212' },
      { key: 'villages', field: 'denominator', text: '216' },
    ]);
    expect(plan.skipped).toBe(2);
  });

  it('spreads a fraction pasted into a percentage’s value into its parts', () => {
    const plan = planPaste([['1.212/1.216'], ['6']], { key: 'villages', field: 'value' }, rows, 'vi');
    expect(plan.cells).toBe(2);
    expect(plan.changes.slice(0, 3)).toEqual([
      { key: 'villages', field: 'value', text: '' },
      { key: 'villages', field: 'numerator', text: '1.212' },
      { key: 'villages', field: 'denominator', text: '1.216' },
    ]);
  });

  it('counts the cells past the last row as skipped', () => {
    const plan = planPaste([['1'], ['2'], ['3']], { key: 'visits', field: 'value' }, rows, 'vi');
    expect(plan).toMatchObject({ rows: 1, skipped: 2 });
  });
});
