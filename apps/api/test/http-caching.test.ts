/** The API's answers are compressed when the client accepts it, and never cached. */
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

let seeded: Seeded;

beforeAll(async () => {
  seeded = await seededApp();
});

describe('API answers as served', () => {
  it('gzips a summary for a client that accepts it, and the body reads back the same', async () => {
    const plain = await seeded.app.request('/api/summary/v63-14?period=2023');
    const zipped = await seeded.app.request('/api/summary/v63-14?period=2023', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const original = await plain.text();
    const packed = Buffer.from(await zipped.arrayBuffer());
    expect(packed.length).toBeLessThan(original.length / 3);
    expect(gunzipSync(packed).toString('utf8')).toBe(original);
  });

  it('tells browsers and proxies not to keep any answer, errors included', async () => {
    for (const path of ['/api/summary/v63-14?period=2023', '/api/meta', '/api/summary/v63-14?period=nope']) {
      const response = await seeded.app.request(path);
      expect(response.headers.get('Cache-Control'), path).toMatch(/no-store/);
    }
  });
});
