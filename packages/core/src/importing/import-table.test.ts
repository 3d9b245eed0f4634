import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../format/format-number.ts';
import type { Indicator } from '../indicators/indicator.ts';
import type { EntryUnit } from '../lineage/entry-rules.ts';
import { testIndicator } from '../testing/merger-world.ts';
import { type ImportCell, type ImportContext, readImportTable } from './import-table.ts';

const indicators = new Map<string, Indicator>(
  (
    [
      testIndicator('villages', { unit: 'percent', overTime: 'last', acrossUnits: 'ratio' }),
      testIndicator('bts_added', { unit: 'count', overTime: 'sum', acrossUnits: 'sum' }),
      testIndicator('revenue', { unit: 'billion_vnd', overTime: 'sum', acrossUnits: 'sum' }),
      {
        ...testIndicator('dti_rank', { unit: 'rank', overTime: 'last', acrossUnits: 'none' }),
        family: 'ranking' as const,
      },
    ] as Indicator[]
  ).map((i) => [i.key, i]),
);
const units = new Map<string, EntryUnit>([
  ['v34-14', { vintage: 34, nameVi: 'Sơn La', nameEn: 'Son La' }],
  ['v63-14', { vintage: 63, nameVi: 'Sơn La (cũ)', nameEn: 'Son La (former)' }],
]);
const ctx: ImportContext = {
  indicators,
  units,
  locale: 'vi',
  today: '2026-12-03',
  defaultSource: 'Báo cáo 210/BC',
};
const HEADER = [
  'Mã tỉnh',
  'Kỳ',
  'Mã chỉ tiêu',
  'Tên chỉ tiêu',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Nguồn',
  'Ghi chú',
];
const line = (
  unit: string,
  period: string,
  key: string,
  value: ImportCell,
  num: ImportCell = '',
  den: ImportCell = '',
) => [unit, period, key, 'tên bỏ qua', value, num, den, '', ''];

describe('reading an import table', () => {
  it('reads Vietnamese numbers as the form does: 500.000 is five hundred thousand', () => {
    const { rows, issues } = readImportTable(
      [
        HEADER,
        line('v34-14', '2026-11', 'bts_added', '500.000'),
        line('v34-14', '2026-11', 'revenue', '1.463,5'),
      ],
      ctx,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([500_000, 1_463.5]);
    expect(rows[0]).toMatchObject({
      line: 2,
      unitId: 'v34-14',
      period: '2026-11',
      sourceRef: 'Báo cáo 210/BC',
    });
  });

  it('reads English numbers when the file is English, and spreadsheet numbers as they are', () => {
    const { rows } = readImportTable(
      [HEADER, line('v34-14', '2026-11', 'bts_added', '500,000'), line('v34-14', '2026-10', 'bts_added', 42)],
      { ...ctx, locale: 'en' },
    );
    expect(rows.map((r) => r.value)).toEqual([500_000, 42]);
  });

  it('takes "212/216" as a percentage from its parts and "12/63" as a rank of 63', () => {
    const { rows, issues } = readImportTable(
      [HEADER, line('v34-14', '2026-11', 'villages', '212/216'), line('v63-14', '2022', 'dti_rank', '12/63')],
      ctx,
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ value: null, numerator: 212, denominator: 216 });
    expect(rows[1]).toMatchObject({ value: 12, rankedOf: 63 });
  });

  it('refuses a NUL character in a text cell, naming the line and column', () => {
    const row = line('v34-14', '2026-11', 'revenue', '12');
    row[row.length - 1] = 'ghi chú\u0000';
    const { rows, issues } = readImportTable([HEADER, row], ctx);
    expect(rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'Ghi chú', code: 'nul_character' })]);
  });

  it('skips blank template rows and blank lines, without an error', () => {
    const { rows, issues, skipped } = readImportTable(
      [
        HEADER,
        line('v34-14', '2026-11', 'bts_added', ''),
        ['', '', ''],
        line('v34-14', '2026-11', 'revenue', '12'),
      ],
      ctx,
    );
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(skipped).toBe(1);
  });

  it('lists every bad row with its line and column: period key, numerator above denominator, rank above N, duplicate', () => {
    const { rows, issues } = readImportTable(
      [
        HEADER,
        line('v34-14', '2026-13', 'bts_added', '5'),
        line('v34-14', '2026-11', 'villages', '', '230', '216'),
        line('v63-14', '2022', 'dti_rank', '70/63'),
        line('v34-14', '2026-11', 'bts_added', '5'),
        line('v34-14', '2026-11', 'bts_added', '6'),
        line('v99-01', '2026-11', 'bts_added', '6'),
      ],
      ctx,
    );
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'Kỳ', 'bad_period'],
      [3, 'Tử số', 'numerator_exceeds_denominator'],
      [4, 'Giá trị', 'rank_out_of_range'],
      [6, null, 'duplicate_row'],
      [7, 'Mã tỉnh', 'unknown_unit'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([5]);
  });

  it('refuses a former province after the merger and a month not yet begun', () => {
    const { issues } = readImportTable(
      [HEADER, line('v63-14', '2026-11', 'bts_added', '5'), line('v34-14', '2027-01', 'bts_added', '5')],
      ctx,
    );
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'unit_not_in_period'],
      [3, 'period_not_started'],
    ]);
  });

  it('names the missing columns, in both languages', () => {
    const { issues } = readImportTable(
      [
        ['Mã tỉnh', 'Giá trị'],
        ['v34-14', '5'],
      ],
      ctx,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message.vi).toContain('“Kỳ”');
    expect(issues[0]?.message.en).toContain('“Period”');
  });

  it('property: a count formatted in either language reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('vi', 'en'), (n, locale) => {
        const typed = formatNumber(n, locale, 0);
        const { rows, issues } = readImportTable([HEADER, line('v34-14', '2026-11', 'bts_added', typed)], {
          ...ctx,
          locale,
        });
        expect(issues).toEqual([]);
        expect(rows[0]?.value).toBe(n);
      }),
    );
  });

  it('property: a numerator above its denominator is always refused, never stored', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000 }),
        (den, extra) => {
          const { rows, issues } = readImportTable(
            [HEADER, line('v34-14', '2026-11', 'villages', '', String(den + extra), String(den))],
            { ...ctx, locale: 'en' },
          );
          expect(rows).toEqual([]);
          expect(issues.map((i) => i.code)).toContain('numerator_exceeds_denominator');
        },
      ),
    );
  });

  it('property: any duplicated line is refused at its second occurrence only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), (n, at) => {
        const body = Array.from({ length: n }, (_, i) =>
          line('v34-14', `2026-${String(i + 1).padStart(2, '0')}`, 'bts_added', String(i)),
        );
        const dup = body[at % n] as ImportCell[];
        const { rows, issues } = readImportTable([HEADER, ...body, dup], ctx);
        expect(rows).toHaveLength(n);
        expect(issues.map((i) => [i.line, i.code])).toEqual([[n + 2, 'duplicate_row']]);
      }),
    );
  });
});

describe('reading an import table as spreadsheets really are', () => {
  const QUALIFIER_HEADER = [
    ...HEADER,
    'Độ chính xác (chính xác, trên, khoảng, dưới) / Qualifier (exact, over, about, under)',
  ];
  const withQualifier = (cells: ImportCell[], word: ImportCell) => [...cells, word];

  it('reads the qualifier column in either language, blank being exact', () => {
    const { rows, issues } = readImportTable(
      [
        QUALIFIER_HEADER,
        withQualifier(line('v34-14', '2026-11', 'villages', '90'), 'trên'),
        withQualifier(line('v34-14', '2026-11', 'bts_added', '35'), 'Khoảng'),
        withQualifier(line('v34-14', '2026-11', 'revenue', '12'), 'under'),
        withQualifier(line('v34-14', '2026-10', 'villages', '88'), ''),
        withQualifier(line('v34-14', '2026-10', 'bts_added', '30'), 'chính xác'),
        withQualifier(line('v34-14', '2026-10', 'revenue', 'trên 11'), ''),
      ],
      ctx,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.qualifier)).toEqual(['above', 'about', 'below', 'exact', 'exact', 'above']);
  });

  it('names an unknown qualifier and one that contradicts the value, in both languages', () => {
    const { rows, issues } = readImportTable(
      [
        QUALIFIER_HEADER,
        withQualifier(line('v34-14', '2026-11', 'villages', '90'), 'hình như'),
        withQualifier(line('v34-14', '2026-11', 'bts_added', 'dưới 35'), 'trên'),
      ],
      ctx,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, QUALIFIER_HEADER.at(-1), 'bad_qualifier'],
      [3, QUALIFIER_HEADER.at(-1), 'qualifier_conflict'],
    ]);
    expect(issues[0]?.message.vi).toContain('chính xác, trên, khoảng, dưới');
    expect(issues[0]?.message.en).toContain('exact, over, about, under');
  });

  it('still reads a file made before the qualifier column', () => {
    const { rows, issues } = readImportTable([HEADER, line('v34-14', '2026-11', 'villages', '90')], ctx);
    expect(issues).toEqual([]);
    expect(rows[0]?.qualifier).toBe('exact');
  });

  it('reads a percent-formatted 1 as 100% and 0.905 as 90.5%', () => {
    const { rows, issues } = readImportTable(
      [
        HEADER,
        line('v34-14', '2026-11', 'villages', { fraction: 1 }),
        line('v34-14', '2026-10', 'villages', { fraction: 0.905 }),
      ],
      ctx,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([100, 90.5]);
  });

  it('refuses a percent-formatted cell for an indicator not counted in percent, saying why', () => {
    const { rows, issues } = readImportTable(
      [
        HEADER,
        line('v34-14', '2026-11', 'bts_added', { fraction: 0.35 }),
        line('v34-14', '2026-11', 'villages', '', { fraction: 2.12 }, 216),
      ],
      ctx,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'Giá trị', 'percent_format'],
      [3, 'Tử số', 'percent_format'],
    ]);
    expect(issues[0]?.message.vi).toContain('định dạng phần trăm (hiện 35%)');
    expect(issues[0]?.message.en).toContain('formatted as a percentage (shows 35%)');
  });

  it('flags a row of another period than the one being imported', () => {
    const { rows, issues } = readImportTable(
      [HEADER, line('v34-14', '2026-11', 'bts_added', '5'), line('v34-14', '2026-10', 'bts_added', '6')],
      { ...ctx, period: '2026-11' },
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([[3, 'Kỳ', 'other_period']]);
    expect(issues[0]?.message.vi).toContain('không phải kỳ đang nhập');
    expect(issues[0]?.message.en).toContain('not the period being imported');
  });
});
