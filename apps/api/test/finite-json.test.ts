/**
 * A number JSON cannot hold (Infinity, NaN) never reaches a screen as null: the answer is a logged
 * server error naming where it was. Engine-independent: no database is read.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { finiteJson, NonFiniteNumberError, nonFinitePath } from '../src/http/finite-json.ts';

describe('JSON answers with a number JSON cannot hold', () => {
  it('finds the first non-finite number and says where', () => {
    expect(nonFinitePath({ ranks: [{ value: 1 }, { value: Number.POSITIVE_INFINITY }] })).toBe(
      '$.ranks[1].value',
    );
    expect(nonFinitePath({ national: { value: Number.NaN } })).toBe('$.national.value');
    expect(nonFinitePath({ value: 1e308, note: 'Infinity', at: null })).toBeNull();
  });

  it('are a server error, logged, not a null on the screen', async () => {
    const logged: unknown[] = [];
    const app = new Hono()
      .use(finiteJson)
      .get('/total', (c) => c.json({ national: { value: 1e308 * 10 } }))
      .get('/fine', (c) => c.json({ national: { value: 1e308 } }));
    app.onError((error, c) => {
      logged.push(error);
      return c.text('internal error', 500);
    });
    expect((await app.request('/total')).status).toBe(500);
    expect(logged[0]).toBeInstanceOf(NonFiniteNumberError);
    expect((logged[0] as NonFiniteNumberError).path).toBe('$.national.value');
    const fine = await app.request('/fine');
    expect(await fine.json()).toEqual({ national: { value: 1e308 } });
  });
});
