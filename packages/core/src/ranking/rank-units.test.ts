/** Tests of competition ranking, checked against the published DTI 2022 provincial ranking. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankInput, rankUnits } from './rank-units.ts';

interface Published {
  rank: number;
  code: string;
  name: string;
}

// Core has no Node type definitions on purpose, so its modules cannot import Node by accident. Tests
// do run in Node and may read the reference data: these declarations type just what this test uses.
declare const process: {
  getBuiltinModule(id: 'node:fs'): { readFileSync(path: object, encoding: 'utf8'): string };
};
declare const URL: new (url: string, base: string) => object;
const testFileUrl = (import.meta as ImportMeta & { url: string }).url;

function readDti2022(): Published[] {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const text = readFileSync(new URL('../../../../data/dti-2022-ranking.csv', testFileUrl), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  expect(header).toBe('rank,code,name_as_published');
  return lines.map((line) => {
    const [rank = '', code = '', name = ''] = line.split(',');
    return { rank: Number(rank), code, name };
  });
}

describe('rankUnits on the DTI 2022 ranking', () => {
  const published = readDti2022();

  it('has all 63 provinces', () => {
    expect(published).toHaveLength(63);
    expect(new Set(published.map((p) => p.code)).size).toBe(63);
  });

  it('reproduces the published ranks from the rank values, in any input order', () => {
    // Feed the provinces in reverse so the ranking cannot just echo the file's order.
    const rows: RankInput<Published>[] = [...published].reverse().map((p) => ({ item: p, value: p.rank }));
    const { ranked, rankedCount } = rankUnits(rows, 'lower');
    expect(rankedCount).toBe(63);
    for (const r of ranked) expect(r.rank).toBe(r.item.rank);
    expect(ranked.map((r) => r.rank)).toEqual(published.map((p) => p.rank));
  });

  it('shares rank 15 between Thanh Hóa and Yên Bái, skips 16 and continues at 17', () => {
    const { ranked } = rankUnits(
      published.map((p) => ({ item: p, value: p.rank })),
      'lower',
    );
    const at15 = ranked.filter((r) => r.rank === 15);
    expect(at15.map((r) => r.item.code)).toEqual(['38', '15']);
    expect(at15.every((r) => r.isTied)).toBe(true);
    expect(ranked.some((r) => r.rank === 16)).toBe(false);
    expect(ranked.find((r) => r.rank === 17)?.item.name).toBe('Hậu Giang');
    expect(ranked.filter((r) => r.isTied)).toHaveLength(2);
  });
});

describe('rankUnits on scores', () => {
  const scores: RankInput<string>[] = [
    { item: 'Sơn La', value: 0.41 },
    { item: 'Đà Nẵng', value: 0.8002 },
    { item: 'Thanh Hóa', value: 0.55 },
    { item: 'Lai Châu', value: null },
    { item: 'Yên Bái', value: 0.55 },
    { item: 'Quảng Ninh', value: 0.7 },
    { item: 'Bắc Kạn', value: null },
  ];

  it('ranks the highest score first, with a shared rank for a tie', () => {
    const { ranked, rankedCount } = rankUnits(scores, 'higher');
    expect(ranked.map((r) => [r.item, r.rank, r.isTied])).toEqual([
      ['Đà Nẵng', 1, false],
      ['Quảng Ninh', 2, false],
      ['Thanh Hóa', 3, true],
      ['Yên Bái', 3, true],
      ['Sơn La', 5, false],
      ['Lai Châu', null, false],
      ['Bắc Kạn', null, false],
    ]);
    expect(rankedCount).toBe(5);
  });

  it('ranks the lowest value first when lower is better', () => {
    const { ranked } = rankUnits(scores, 'lower');
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([
      ['Sơn La', 1],
      ['Thanh Hóa', 2],
      ['Yên Bái', 2],
      ['Quảng Ninh', 4],
      ['Đà Nẵng', 5],
      ['Lai Châu', null],
      ['Bắc Kạn', null],
    ]);
  });

  it('keeps input order among ties', () => {
    const { ranked } = rankUnits(
      [
        { item: 'b', value: 1 },
        { item: 'a', value: 1 },
        { item: 'c', value: 1 },
      ],
      'higher',
    );
    expect(ranked.map((r) => [r.item, r.rank, r.isTied])).toEqual([
      ['b', 1, true],
      ['a', 1, true],
      ['c', 1, true],
    ]);
  });

  it('treats NaN as missing and handles empty input', () => {
    const { ranked, rankedCount } = rankUnits(
      [
        { item: 'x', value: Number.NaN },
        { item: 'y', value: 3 },
      ],
      'higher',
    );
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([
      ['y', 1],
      ['x', null],
    ]);
    expect(rankedCount).toBe(1);
    expect(rankUnits([], 'lower')).toEqual({ ranked: [], rankedCount: 0 });
  });

  it('gives each rank as 1 + the number of strictly better units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null })),
        fc.constantFrom('higher' as const, 'lower' as const),
        (values, direction) => {
          const { ranked, rankedCount } = rankUnits(
            values.map((value, i) => ({ item: i, value })),
            direction,
          );
          const present = values.filter((v): v is number => v !== null);
          expect(ranked).toHaveLength(values.length);
          expect(rankedCount).toBe(present.length);
          for (const r of ranked) {
            if (r.value === null) {
              expect(r.rank).toBeNull();
              continue;
            }
            const v = r.value;
            const better = present.filter((x) => (direction === 'higher' ? x > v : x < v)).length;
            expect(r.rank).toBe(better + 1);
            expect(r.isTied).toBe(present.filter((x) => x === v).length > 1);
          }
        },
      ),
    );
  });
});
