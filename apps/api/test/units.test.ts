/** Provincial units of both vintages and the lineage across the 1 July 2025 merger. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
let all: Json[];
beforeAll(async () => {
  s = await seededApp();
  all = (await getJson(s.app, '/api/units')).body.units;
});

const units = async (query: string): Promise<Json[]> => {
  const { status, body } = await getJson(s.app, `/api/units?${query}`);
  expect(status, query).toBe(200);
  return body.units;
};
const byId = (id: string) => all.find((u) => u.id === id);

describe('GET /api/units by vintage or date', () => {
  it('gives the 63 old units or the 34 new ones', async () => {
    const old = await units('vintage=63');
    const current = await units('vintage=34');
    expect(old).toHaveLength(63);
    expect(current).toHaveLength(34);
    expect(old.every((u) => u.vintage === 63 && u.id.startsWith('v63-'))).toBe(true);
    expect(current.every((u) => u.vintage === 34 && u.id.startsWith('v34-'))).toBe(true);
  });

  it('gives the 63 units in force on a date before the merger, and the 34 after', async () => {
    expect(await units('date=2022-01-01')).toHaveLength(63);
    expect(await units('date=2025-06-30')).toHaveLength(63);
    expect(await units('date=2025-07-01')).toHaveLength(34);
  });

  it('gives both vintages without a filter', () => {
    expect(all).toHaveLength(97);
  });
});

describe('lineage', () => {
  it('links Bắc Kạn to Thái Nguyên, and Thái Nguyên back to Thái Nguyên and Bắc Kạn', async () => {
    const bacKan = (await getJson(s.app, '/api/units/v63-06')).body.unit;
    expect(bacKan.nameVi).toBe('Bắc Kạn');
    expect(bacKan.successor).toMatchObject({ id: 'v34-19', nameVi: 'Thái Nguyên' });
    const thaiNguyen = (await getJson(s.app, '/api/units/v34-19')).body.unit;
    expect(thaiNguyen.predecessors.map((p: Json) => p.code)).toEqual(['19', '06']);
    expect(thaiNguyen.predecessors[0]).toMatchObject({ id: 'v63-19', isNameKept: true, isSeat: true });
    expect(thaiNguyen.successor).toBeNull();
  });

  it('maps every old unit to exactly one new unit', () => {
    const old = all.filter((u) => u.vintage === 63);
    const current = all.filter((u) => u.vintage === 34);
    for (const u of old) expect(u.successor?.vintage, u.id).toBe(34);
    const claimed = current.flatMap((u) => u.predecessors.map((p: Json) => p.id)).sort();
    expect(claimed).toEqual(old.map((u) => u.id).sort());
    for (const u of old) {
      const successor = current.find((n) => n.id === u.successor.id);
      expect(
        successor.predecessors.map((p: Json) => p.id),
        u.id,
      ).toContain(u.id);
    }
  });

  it('leaves 11 units unchanged: one predecessor with the same code', () => {
    const unchanged = all.filter(
      (u) => u.vintage === 34 && u.predecessors.length === 1 && u.predecessors[0].code === u.code,
    );
    expect(unchanged.map((u) => u.nameVi).sort()).toEqual(
      [
        'Hà Nội',
        'Huế',
        'Lai Châu',
        'Điện Biên',
        'Sơn La',
        'Lạng Sơn',
        'Quảng Ninh',
        'Thanh Hóa',
        'Nghệ An',
        'Hà Tĩnh',
        'Cao Bằng',
      ].sort(),
    );
  });

  it.each([
    ['15', 'Yên Bái', 'Lào Cai'],
    ['24', 'Bắc Giang', 'Bắc Ninh'],
    ['44', 'Quảng Bình', 'Quảng Trị'],
    ['52', 'Bình Định', 'Gia Lai'],
    ['80', 'Long An', 'Tây Ninh'],
    ['82', 'Tiền Giang', 'Đồng Tháp'],
    ['91', 'Kiên Giang', 'An Giang'],
  ])('resolves code %s to %s in the 63 and %s in the 34', async (code, before, after) => {
    const old = await getJson(s.app, `/api/units/v63-${code}`);
    const current = await getJson(s.app, `/api/units/v34-${code}`);
    expect(old.body.unit.nameVi).toBe(before);
    expect(current.body.unit.nameVi).toBe(after);
    // The old unit with that code is the seat of the new one, not the one whose name was kept.
    expect(old.body.unit.successor.id).toBe(`v34-${code}`);
    expect(current.body.unit.predecessors.find((p: Json) => p.code === code)).toMatchObject({
      isSeat: true,
      isNameKept: false,
    });
  });

  it('answers 404 for an unknown unit and 400 naming id for a code without its vintage', async () => {
    expect((await getJson(s.app, '/api/units/v63-99')).status).toBe(404);
    const bare = await getJson(s.app, '/api/units/24');
    expect(bare.status).toBe(400);
    expect(namedParameters(bare.body)).toEqual(['id']);
  });
});

describe('search', () => {
  it('finds Thái Nguyên among the 34 by its former province "Bac Kan", without diacritics', async () => {
    const found = await units(`vintage=34&q=${encodeURIComponent('Bac Kan')}`);
    expect(found.map((u) => u.id)).toEqual(['v34-19']);
  });

  it('finds Bắc Kạn itself among the 63', async () => {
    const found = await units(`vintage=63&q=${encodeURIComponent('bắc kạn')}`);
    expect(found.map((u) => u.id)).toEqual(['v63-06']);
  });
});

describe('kind changes', () => {
  const hue = async (date: string) => (await units(`date=${date}`)).find((u) => u.code === '46');

  it('shows Huế as a province before 1 January 2025 and a city from that day', async () => {
    expect(await hue('2024-12-31')).toMatchObject({ id: 'v63-46', kind: 'province' });
    expect(await hue('2025-01-01')).toMatchObject({ id: 'v63-46', kind: 'city' });
    expect(byId('v63-46').kindChanges).toEqual([
      { kind: 'city', effectiveDate: '2025-01-01', source: 'Resolution 175/2024/QH15' },
    ]);
  });

  it('shows Đồng Nai becoming a city on 30 April 2026', async () => {
    expect((await units('date=2026-04-29')).find((u) => u.id === 'v34-75').kind).toBe('province');
    expect((await units('date=2026-04-30')).find((u) => u.id === 'v34-75').kind).toBe('city');
  });
});
