/** What a new password must be: long enough, not absurdly long, and not the login itself. */
import type { Bilingual } from '@cds/core';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;

/** The shape of a new password; `passwordProblem` adds the rule that needs the login. */
export const newPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200);

/** A bilingual reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, login: string): Bilingual | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
      en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    };
  }
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) {
    return { vi: 'Mật khẩu không được trùng tên đăng nhập', en: 'The password may not be the login' };
  }
  return null;
}
