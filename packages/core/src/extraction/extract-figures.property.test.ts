/** Properties every reading keeps, whatever report it reads (seeds, our reports, and mixtures). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractionContext, reportTexts } from '../testing/extraction-context.ts';
import { extractFigures } from './extract-figures.ts';

const reports = reportTexts();
const report = fc.constantFrom(...reports.map((r) => r.text));
const read = (text: string) => extractFigures(text, extractionContext());
const essence = (text: string) =>
  read(text).proposals.map(
    (p) => `${p.unitId} ${p.period} ${p.indicatorKey} ${p.kind} ${p.value} ${p.qualifier}`,
  );

/** Whole sentences that name only dates, document numbers and phones. */
const distractor = fc.constantFrom(
  'Ngày 10/01/2024 Sở tổ chức họp.',
  'Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng.',
  'Theo Kế hoạch số 125/KH-UBND của UBND tỉnh.',
  'Liên hệ: 0212 3852 123.',
  'Nghị định số 42/2022/NĐ-CP quy định về dịch vụ công trực tuyến.',
  'Cập nhật lúc 14:01, Thứ Ba, 20/07/2021.',
);

/** Where a sentence ends in `text`: after a line break. */
function lineEnds(text: string): number[] {
  return [...text.matchAll(/\n/g)].map((m) => m.index + 1);
}

describe('extractFigures properties', () => {
  it('quotes exactly the text it read: quote === text.slice(start, end)', () => {
    const noisy = fc.tuple(report, fc.string({ maxLength: 200 }), fc.nat()).map(([text, noise, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + noise + text.slice(i);
    });
    fc.assert(
      fc.property(noisy, (text) => {
        for (const p of read(text).proposals) {
          expect(p.quote).toBe(text.slice(p.start, p.end));
        }
      }),
    );
  });

  it('never proposes more when dates, document numbers or phones are added as sentences', () => {
    fc.assert(
      fc.property(report, fc.array(fc.tuple(distractor, fc.nat()), { maxLength: 5 }), (text, inserts) => {
        const ends = lineEnds(text);
        let mixed = text;
        // Inserted from the end backwards so earlier positions stay valid.
        const at = inserts.map(
          ([sentence, n]) => [sentence, ends.length ? (ends[n % ends.length] as number) : 0] as const,
        );
        for (const [sentence, i] of at.toSorted((a, b) => b[1] - a[1])) {
          mixed = `${mixed.slice(0, i)}${sentence}\n${mixed.slice(i)}`;
        }
        expect(essence(mixed)).toEqual(essence(text));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a report typed without diacritics the same, at the same places', () => {
    for (const { name, text } of reports) {
      const plain = text
        .normalize('NFC')
        .replace(/\p{L}/gu, (c) =>
          c.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D'),
        );
      const strip = (t: string) => read(t).proposals.map(({ quote: _, ...p }) => p);
      expect(strip(plain), name).toEqual(strip(text.normalize('NFC')));
    }
  });

  it('reads a report in either Unicode form alike', () => {
    fc.assert(
      fc.property(report, (text) => {
        expect(essence(text.normalize('NFD'))).toEqual(essence(text.normalize('NFC')));
      }),
      { numRuns: 20 },
    );
  });
});
