/** Tests of the one CSV writer: byte-order mark, quoting, formulas defused. */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvText, neutraliseFormula } from './csv-text.ts';

describe('CSV text', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const text = csvText([
      ['Tỉnh', 'Giá trị'],
      ['Sơn La', 98.48],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}Tỉnh,Giá trị\r\nSơn La,98.48\r\n`);
  });

  it('quotes commas, quotes and line breaks, and leaves missing values empty (never 0)', () => {
    expect(csvCell('Sơn La, Điện Biên')).toBe('"Sơn La, Điện Biên"');
    expect(csvCell('nói "trên 90%"')).toBe('"nói ""trên 90%"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(-157.1)).toBe('-157.1');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('Sơn La = 98%')).toBe('Sơn La = 98%');
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
  });
});
