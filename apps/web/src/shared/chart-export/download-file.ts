/** Hands a file to the browser as a download, and a safe file name for it. */
import { foldDiacritics } from '@cds/core';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name without diacritics or spaces, which every system and mail client keeps intact.
 * @example fileStem('So sánh Sơn La 2019–2024') // 'so-sanh-son-la-2019-2024'
 */
export function fileStem(text: string): string {
  return (
    foldDiacritics(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chi-so-cds'
  );
}
