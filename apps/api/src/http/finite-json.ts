/**
 * JSON has no Infinity or NaN: `JSON.stringify` writes them as null, so a total that overflowed
 * would reach a screen as "no figure" (a province ranked first with null). Every JSON answer is
 * checked before it is written: a non-finite number is a server error, logged with where it was,
 * never a silent null. Figures above their indicator's maximum are refused on the way in
 * (core's validateFigure), so this guards what no rule foresaw.
 */
import { createMiddleware } from 'hono/factory';

export class NonFiniteNumberError extends Error {
  constructor(readonly path: string) {
    super(`a non-finite number at ${path} would be sent as null`);
  }
}

/** The path of the first non-finite number in a JSON-bound value, or null when there is none. */
export function nonFinitePath(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v)) stack.push([x, `${path}.${k}`]);
    }
  }
  return null;
}

/** Wraps `c.json` so that a non-finite number throws (the app's error handler answers 500). */
export const finiteJson = createMiddleware(async (c, next) => {
  const json = c.json.bind(c);
  c.json = ((object: unknown, ...rest: unknown[]) => {
    const path = nonFinitePath(object);
    if (path !== null) throw new NonFiniteNumberError(path);
    return (json as (o: unknown, ...r: unknown[]) => Response)(object, ...rest);
  }) as typeof c.json;
  await next();
});
