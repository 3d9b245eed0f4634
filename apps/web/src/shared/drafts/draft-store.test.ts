import { describe, expect, it } from 'vitest';
import { BLANK_ROW, draftKey, keepEdits, type LocalEdits, loadEdits } from './draft-store.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const edits: LocalEdits = {
  locale: 'vi',
  sourceRef: 'BC 12/STTTT',
  rows: { bts: { text: { ...BLANK_ROW, value: '6' }, basis: null } },
  keptAt: '2026-12-03T08:00:00.000Z',
};

describe('unsaved edits kept in the browser', () => {
  const key = draftKey('demo.sonla', 'v34-14', '2026-11');

  it('keeps and gives back the edits of one user, unit and period', () => {
    const storage = memoryStorage();
    keepEdits(storage, key, edits);
    expect(loadEdits(storage, key)).toEqual(edits);
    expect(loadEdits(storage, draftKey('demo.sonla', 'v34-14', '2026-10'))).toBeNull();
  });

  it('forgets them when nothing is left to keep', () => {
    const storage = memoryStorage();
    keepEdits(storage, key, edits);
    keepEdits(storage, key, { locale: 'vi', rows: {}, keptAt: edits.keptAt });
    expect(storage.items.size).toBe(0);
  });

  it('drops an entry it cannot read instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(loadEdits(storage, key)).toBeNull();
    storage.setItem(key, JSON.stringify({ locale: 'fr', rows: {} }));
    expect(loadEdits(storage, key)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('survives a storage that refuses to keep anything', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => keepEdits(full, key, edits)).not.toThrow();
  });
});
