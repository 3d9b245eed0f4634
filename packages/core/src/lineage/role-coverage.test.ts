import { describe, expect, it } from 'vitest';
import { roleCoverageLabel } from './role-coverage.ts';

const province = (nameVi: string, nameEn = nameVi) => ({ nameVi, nameEn });

describe('what a role for a province covers', () => {
  it('names the former provinces a merged province covers before 1 July 2025', () => {
    const thaiNguyen = {
      ...province('Thái Nguyên', 'Thai Nguyen'),
      vintage: 34,
      predecessors: [province('Thái Nguyên', 'Thai Nguyen'), province('Bắc Kạn', 'Bac Kan')],
    };
    expect(roleCoverageLabel(thaiNguyen, 'vi')).toBe(
      'Thái Nguyên — gồm cả Bắc Kạn và Thái Nguyên (cũ) trước 01/7/2025',
    );
    expect(roleCoverageLabel(thaiNguyen, 'en')).toBe(
      'Thai Nguyen — including Bac Kan and former Thai Nguyen before 1 July 2025',
    );
  });

  it('says a former province covers its own figures before the merger only', () => {
    expect(roleCoverageLabel({ ...province('Bắc Kạn'), vintage: 63, predecessors: [] }, 'vi')).toBe(
      'Bắc Kạn (cũ) — chỉ số liệu trước 01/7/2025',
    );
  });

  it('lists three former provinces with commas, and every province for none', () => {
    const three = {
      ...province('Tuyên Quang'),
      vintage: 34,
      predecessors: [province('Hà Giang'), province('Tuyên Quang'), province('Yên Bái')],
    };
    expect(roleCoverageLabel(three, 'vi')).toBe(
      'Tuyên Quang — gồm cả Hà Giang, Yên Bái và Tuyên Quang (cũ) trước 01/7/2025',
    );
    expect(roleCoverageLabel(null, 'vi')).toBe('Tất cả tỉnh, thành');
  });
});
