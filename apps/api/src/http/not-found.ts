import { apiError } from './api-error.ts';

const WHAT_VI: Record<string, string> = {
  unit: 'Tỉnh, thành',
  indicator: 'Chỉ tiêu',
  revision: 'Bản nhập',
  target: 'Kế hoạch',
  user: 'Tài khoản',
};

/** The 404 body for a known route and an unknown id: says what was not found. */
export function notFound(what: string, id: string) {
  return apiError('not_found', {
    vi: `${WHAT_VI[what] ?? what} “${id}” không tồn tại`,
    en: `${what} "${id}" does not exist`,
  });
}
