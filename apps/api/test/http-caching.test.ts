/** The API's answers are compressed when the client accepts it, and never cached. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../src/http/compress-json.ts';
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

  it('sends Brotli to a browser that accepts it, and small answers as they are', async () => {
    const plain = await (await seeded.app.request('/api/summary/v63-14?period=2023')).text();
    const zipped = await seeded.app.request('/api/summary/v63-14?period=2023', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers.get('Content-Encoding')).toBe('br');
    expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const packed = Buffer.from(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('Content-Length'))).toBe(packed.length);
    expect(brotliDecompressSync(packed).toString('utf8')).toBe(plain);

    const health = await seeded.app.request('/api/health', { headers: { 'Accept-Encoding': 'br' } });
    expect(health.headers.get('Content-Encoding')).toBeNull();
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('reads Accept-Encoding as HTTP means it: q=0 refuses, * allows gzip', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip;q=0.8, br;q=0')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('gzip');
    expect(chooseEncoding('GZIP, BR')).toBe('br');
  });

  it('tells browsers and proxies not to keep any answer, errors included', async () => {
    for (const path of ['/api/summary/v63-14?period=2023', '/api/meta', '/api/summary/v63-14?period=nope']) {
      const response = await seeded.app.request(path);
      expect(response.headers.get('Cache-Control'), path).toMatch(/no-store/);
    }
  });
});
