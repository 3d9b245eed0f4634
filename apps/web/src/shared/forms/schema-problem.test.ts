import { revisionReturnSchema, targetWriteSchema } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { schemaProblem } from './schema-problem.ts';

describe('schemaProblem', () => {
  it("says the API's own rule, in the reader's language", () => {
    const source = targetWriteSchema.shape.source;
    expect(schemaProblem(source, 'QĐ 125', 'vi')).toBeNull();
    expect(schemaProblem(source, '  ab ', 'vi')).toBe('quá ngắn (tối thiểu 3 ký tự)');
    expect(schemaProblem(source, 'ab', 'en')).toMatch(/3/);
    expect(schemaProblem(revisionReturnSchema.shape.comment, 'x', 'vi')).toBe('quá ngắn (tối thiểu 3 ký tự)');
  });
});
