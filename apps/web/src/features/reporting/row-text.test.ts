import { describe, expect, it } from 'vitest';
import type { FormRowView } from './reporting-queries.ts';
import {
  BLANK_ROW,
  initialRowText,
  readRow,
  retypeRow,
  spreadFraction,
  typedQualifier,
  withChosenQualifier,
} from './row-text.ts';

type Revision = NonNullable<FormRowView['revision']>;

function row(patch: { revision?: Partial<Revision>; published?: FormRowView['published'] }): FormRowView {
  const revision = patch.revision
    ? ({
        id: 7,
        version: 2,
        status: 'draft',
        value: null,
        numerator: null,
        denominator: null,
        qualifier: 'exact',
        rankedOf: null,
        sourceRef: 'BC 12/STTTT',
        sourceQuote: null,
        note: null,
        reviewComment: null,
        ...patch.revision,
      } as Revision)
    : null;
  return {
    indicator: 'x',
    status: revision ? 'draft' : 'not_started',
    revision,
    published: patch.published ?? null,
    previous: null,
    plan: null,
    history: [],
    isHistoryDemo: false,
    flags: [],
  } as FormRowView;
}

const FORM = { sourceRef: 'BC 12/STTTT', sourceQuote: null };
const published = (value: number, isDemo: boolean) => ({
  value,
  numerator: null,
  denominator: null,
  qualifier: 'exact',
  rankedOf: null,
  isDemo,
  sourceRef: null,
  version: 1,
});

describe('the text a row starts with', () => {
  it('is the open revision, written the form’s way', () => {
    const text = initialRowText(
      row({ revision: { value: 500_000, note: 'tăng mạnh' } }),
      'count',
      FORM,
      'vi',
    );
    expect(text).toMatchObject({ value: '500.000', note: 'tăng mạnh', sourceRef: '' });
    expect(initialRowText(row({ revision: { value: 500_000 } }), 'count', FORM, 'en').value).toBe('500,000');
  });

  it('gives a percentage entered as parts its parts, leaving the value to be computed', () => {
    const text = initialRowText(
      row({ revision: { value: (100 * 212) / 216, numerator: 212, denominator: 216 } }),
      'percent',
      FORM,
      'vi',
    );
    expect(text).toMatchObject({ value: '', numerator: '212', denominator: '216' });
    // A value stated beside its parts (as rounded in the report) was typed: it is kept.
    const stated = row({ revision: { value: 98.15, numerator: 212, denominator: 216 } });
    expect(initialRowText(stated, 'percent', FORM, 'vi').value).toBe('98,15');
  });

  it('writes a qualifier and a rank’s N into the value', () => {
    expect(
      initialRowText(row({ revision: { value: 90, qualifier: 'above' } }), 'percent', FORM, 'vi').value,
    ).toBe('trên 90');
    expect(initialRowText(row({ revision: { value: 12, rankedOf: 34 } }), 'rank', FORM, 'vi').value).toBe(
      '12/34',
    );
  });

  it('fills in a real published figure, never a demo one', () => {
    expect(initialRowText(row({ published: published(6, false) }), 'count', FORM, 'vi').value).toBe('6');
    expect(initialRowText(row({ published: published(6, true) }), 'count', FORM, 'vi')).toEqual(BLANK_ROW);
  });

  it('shows a row’s own source only where it differs from the form’s', () => {
    const own = initialRowText(
      row({ revision: { value: 1, sourceRef: 'Công văn 3/UBND' } }),
      'count',
      FORM,
      'vi',
    );
    expect(own.sourceRef).toBe('Công văn 3/UBND');
  });
});

describe('reading a row', () => {
  it('reads “500.000” in Vietnamese as five hundred thousand', () => {
    const read = readRow({ ...BLANK_ROW, value: '500.000' }, 'count', 'vi');
    expect(read.figure.value).toBe(500_000);
    expect(read).toMatchObject({ hasText: true, isUnread: false, shownValue: 500_000 });
  });

  it('computes a percentage from its parts, and takes a fraction typed as the value as parts', () => {
    expect(
      readRow({ ...BLANK_ROW, numerator: '212', denominator: '216' }, 'percent', 'vi').shownValue,
    ).toBeCloseTo(98.148, 3);
    const typed = readRow({ ...BLANK_ROW, value: '212/216' }, 'percent', 'vi');
    expect(typed.figure).toMatchObject({ value: null, numerator: 212, denominator: 216 });
  });

  it('reads a rank of N', () => {
    expect(readRow({ ...BLANK_ROW, value: '12/34' }, 'rank', 'vi').figure).toMatchObject({
      value: 12,
      rankedOf: 34,
    });
  });

  it('marks text it cannot read for certain, and a blank row as blank', () => {
    expect(readRow({ ...BLANK_ROW, value: '1.46' }, 'billion_vnd', 'vi')).toMatchObject({
      isUnread: true,
      hasText: true,
    });
    expect(readRow(BLANK_ROW, 'count', 'vi')).toMatchObject({
      isUnread: false,
      hasText: false,
      shownValue: null,
    });
  });

  it('takes the qualifier from the select (a rank has none)', () => {
    expect(readRow({ ...BLANK_ROW, value: '90', qualifier: 'about' }, 'percent', 'vi').figure.qualifier).toBe(
      'about',
    );
    expect(readRow({ ...BLANK_ROW, value: '3', qualifier: 'about' }, 'rank', 'vi').figure.qualifier).toBe(
      'exact',
    );
  });
});

describe('qualifier words and the select', () => {
  it('finds the word typed before the number', () => {
    expect(typedQualifier('trên 90%', 'percent', 'vi')).toBe('above');
    expect(typedQualifier('90', 'percent', 'vi')).toBeNull();
  });

  it('rewrites the word when another qualifier is chosen, and leaves bare numbers alone', () => {
    expect(withChosenQualifier('trên 90', 'below', 'percent', 'vi')).toBe('dưới 90');
    expect(withChosenQualifier('trên 90', 'exact', 'percent', 'vi')).toBe('90');
    expect(withChosenQualifier('90', 'below', 'percent', 'vi')).toBe('90');
  });
});

describe('fractions and languages', () => {
  it('spreads a fraction into numerator and denominator', () => {
    expect(spreadFraction('212/216', 'vi')).toEqual({ numerator: '212', denominator: '216' });
    expect(spreadFraction('98,15', 'vi')).toBeNull();
  });

  it('rewrites typed numbers for the other language without changing them', () => {
    const vi = { ...BLANK_ROW, value: 'trên 500.000', numerator: '1.212', denominator: '1.216' };
    const en = retypeRow(vi, 'count', 'vi', 'en');
    expect(en).toMatchObject({ value: 'over 500,000', numerator: '1,212', denominator: '1,216' });
    expect(readRow(en, 'count', 'en').figure.value).toBe(500_000);
    expect(retypeRow({ ...BLANK_ROW, value: '12/34' }, 'rank', 'vi', 'en').value).toBe('12/34');
    // What cannot be read stays as typed: its error shows in either language.
    expect(retypeRow({ ...BLANK_ROW, value: '1.46' }, 'count', 'vi', 'en').value).toBe('1.46');
  });
});
