import { describe, expect, it } from 'vitest';
import { issueRowKey, issuesOf, mapDecisionIssues, mapFormIssues } from './form-errors.ts';

const msg = (vi: string) => ({ vi, en: `${vi} (en)` });

describe('mapping the API’s issues back to the form', () => {
  const sent = [
    { key: 'villages', hasOwnSource: false },
    { key: 'bts', hasOwnSource: true },
    { key: 'visits', hasOwnSource: false },
  ];

  it('puts a row’s field problem at that field of the row sent at that place', () => {
    const errors = mapFormIssues(
      [{ field: 'rows.2.numerator', message: msg('Tử số lớn hơn mẫu số') }],
      sent,
      'vi',
    );
    expect(errors).toEqual({ form: {}, rows: { visits: { numerator: 'Tử số lớn hơn mẫu số' } } });
  });

  it('answers in the form’s language', () => {
    const errors = mapFormIssues([{ field: 'rows.0.value', message: msg('Sai') }], sent, 'en');
    expect(errors.rows.villages?.value).toBe('Sai (en)');
  });

  it('shows a rank’s N and a qualifier at the value field, where they are typed', () => {
    const errors = mapFormIssues(
      [
        { field: 'rows.0.rankedOf', message: msg('N sai') },
        { field: 'rows.0.qualifier', message: msg('Không có loại này') },
      ],
      sent,
      'vi',
    );
    expect(errors.rows.villages?.value).toBe('N sai; Không có loại này');
  });

  it('puts a missing source at the form’s source once, or at the row’s own source', () => {
    const errors = mapFormIssues(
      [
        { field: 'rows.0.sourceRef', message: msg('Dòng 1: cần nguồn') },
        { field: 'rows.1.sourceRef', message: msg('Dòng 2: cần nguồn') },
        { field: 'rows.2.sourceRef', message: msg('Dòng 3: cần nguồn') },
      ],
      sent,
      'vi',
    );
    expect(errors.form).toEqual({ sourceRef: 'Dòng 1: cần nguồn' });
    expect(errors.rows).toEqual({ bts: { sourceRef: 'Dòng 2: cần nguồn' } });
  });

  it('marks a row changed meanwhile as a whole, and keeps unknown places for the form', () => {
    const errors = mapFormIssues(
      [
        { field: 'rows.1.indicatorKey', message: msg('Đã bị thay đổi') },
        { field: 'rows.9.value', message: msg('Không rõ') },
        { field: 'sourceRef', message: msg('Nguồn quá dài') },
      ],
      sent,
      'vi',
    );
    expect(errors.rows.bts).toEqual({ row: 'Đã bị thay đổi' });
    expect(errors.form).toEqual({ message: 'Không rõ', sourceRef: 'Nguồn quá dài' });
  });

  it('names the row an issue is about, so that editing the row clears it', () => {
    expect(issueRowKey('rows.1.value', sent)).toBe('bts');
    expect(issueRowKey('sourceRef', sent)).toBeNull();
    expect(issueRowKey('rows.7.value', sent)).toBeNull();
  });

  it('does not repeat the same message at one field', () => {
    const issue = { field: 'rows.0.value', message: msg('Sai') };
    expect(mapFormIssues([issue, issue], sent, 'vi').rows.villages?.value).toBe('Sai');
  });
});

describe('mapping a refused review back to its rows', () => {
  it('finds the revision of each decision sent', () => {
    const mapped = mapDecisionIssues(
      [
        { field: 'decisions.1.revisionId', message: msg('Đã thay đổi') },
        { field: 'decisions', message: msg('Thiếu quyết định') },
      ],
      [41, 42],
      'vi',
    );
    expect(mapped).toEqual({ form: 'Thiếu quyết định', byRevision: { 42: 'Đã thay đổi' } });
  });
});

describe('reading the issues of a refused request', () => {
  it('reads them from the client’s error, and nothing from anything else', () => {
    const issues = [{ field: 'rows.0.value', message: msg('x') }];
    expect(issuesOf({ detail: { data: { error: { issues } } } })).toEqual(issues);
    expect(issuesOf(new Error('network'))).toEqual([]);
    expect(issuesOf(null)).toEqual([]);
  });
});
