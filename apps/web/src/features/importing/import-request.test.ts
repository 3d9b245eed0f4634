import { describe, expect, it } from 'vitest';
import { exportUrl, formatBytes, importFileKind, importUrl, templateUrl } from './import-request.ts';

describe('importFileKind', () => {
  it('reads the type, or the extension when the browser gives none or a wrong one', () => {
    expect(
      importFileKind({
        name: 'a.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toBe('xlsx');
    expect(importFileKind({ name: 'so-lieu.CSV', type: '' })).toBe('csv');
    expect(importFileKind({ name: 'so-lieu.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(importFileKind({ name: 'bao-cao.docx', type: '' })).toBeNull();
    expect(importFileKind({ name: 'csv', type: '' })).toBe('csv');
  });
});

describe('addresses', () => {
  it('leaves blank options out of an import', () => {
    expect(importUrl('preview', { locale: 'vi', source: '  ', name: 'a.csv' })).toBe(
      '/api/imports/preview?locale=vi&name=a.csv',
    );
    expect(importUrl('commit', { locale: 'en', source: 'BC 15/BC-STTTT' })).toBe(
      '/api/imports/commit?locale=en&source=BC+15%2FBC-STTTT',
    );
  });

  it('says which period is imported, so that rows of another are named', () => {
    expect(importUrl('preview', { locale: 'vi', period: '2026-11' })).toBe(
      '/api/imports/preview?locale=vi&period=2026-11',
    );
  });

  it('names the template by province, period and format', () => {
    expect(templateUrl('v34-14', '2026-11', 'csv')).toBe('/api/imports/template/v34-14/2026-11?format=csv');
  });

  it('asks for every figure of the range, demo flagged and plans included unless told otherwise', () => {
    expect(exportUrl({ unitIds: ['v34-14'], from: '2026-01', to: '2026-11', format: 'xlsx' })).toBe(
      '/api/exports/figures?format=xlsx&unit=v34-14&from=2026-01&to=2026-11',
    );
    expect(exportUrl({ unitIds: ['v34-14', 'v34-44'], format: 'csv', demo: 'exclude', plans: false })).toBe(
      '/api/exports/figures?format=csv&unit=v34-14%2Cv34-44&demo=exclude&plans=no',
    );
  });
});

describe('formatBytes', () => {
  it('writes sizes the way the language does', () => {
    expect(formatBytes(812, 'vi')).toBe('812 B');
    expect(formatBytes(1_536_000, 'vi')).toBe('1,5 MB');
    expect(formatBytes(1_536_000, 'en')).toBe('1.5 MB');
  });
});
