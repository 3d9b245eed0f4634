/**
 * A zod validation issue said in both languages. zod's own message is English and often names
 * the rule precisely ("Too small: expected string to have >=3 characters"); the Vietnamese says
 * the same rule in plain words, by issue code, and keeps our own schema messages beside it.
 */

import type { z } from 'zod';
import type { Bilingual } from '../i18n/locale.ts';

type Issue = z.core.$ZodIssue;

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng JSON',
  array: 'danh sách',
};

function vietnamese(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'bắt buộc phải có'
        : `sai kiểu dữ liệu (cần ${TYPE_VI[issue.expected] ?? issue.expected})`;
    case 'too_small':
      return issue.origin === 'string'
        ? `quá ngắn (tối thiểu ${issue.minimum} ký tự)`
        : issue.origin === 'array'
          ? `quá ít phần tử (tối thiểu ${issue.minimum})`
          : `quá nhỏ (tối thiểu ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'string'
        ? `quá dài (tối đa ${issue.maximum} ký tự)`
        : issue.origin === 'array'
          ? `quá nhiều phần tử (tối đa ${issue.maximum})`
          : `quá lớn (tối đa ${issue.maximum})`;
    case 'invalid_format':
      return `sai định dạng (${issue.message})`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(String).join(', ')}`;
    default:
      return `không hợp lệ (${issue.message})`;
  }
}

export function zodIssueMessage(issue: Issue): Bilingual {
  return { vi: vietnamese(issue), en: issue.message };
}
