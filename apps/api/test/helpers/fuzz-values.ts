/**
 * fast-check generators of hostile and malformed values for the write fuzz: strings an attacker
 * would try (SQL, markup, control characters), JSON values of every type, wrong types for a field,
 * ids that are not ids, JSON text that does not parse, and wrong request headers.
 */
import { parsePeriod, parseUnitId } from '@cds/core';
import fc from 'fast-check';

const SQL = ["'; DROP TABLE observation; --", "' OR '1'='1", '" OR 1=1 --', '1); DELETE FROM app_user; --'];
const MORE_SQL = ["' UNION SELECT password_hash FROM app_user --", '%00%27', '../../etc/passwd'];
const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
];
const UNICODE = ['\u0000', 'a\u0000b', '\u202etxt.exe', 'a\u200bb', '\ud800', '🙂🇻🇳', 'Bắc Kạn'];
const LOOKALIKES = [
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '',
  ' ',
  '\n\t',
];

/** Strings an attacker would try, and strings that break careless code. */
export const HOSTILE = [...SQL, ...MORE_SQL, ...MARKUP, ...UNICODE, ...LOOKALIKES];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** A value nested `depth` levels deep, as arrays or objects. */
export function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Numbers JSON can carry (JSON has no NaN or Infinity: those come as strings or raw text). */
export const anyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.1, -0.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1, -(2 ** 31), 2 ** 31),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, some deeply nested. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  anyNumber,
  hostileString,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, [null], { '': null }),
  fc.integer({ min: 50, max: 3000 }).chain((d) => fc.boolean().map((a) => nested(d, a))),
  fc.jsonValue({ maxDepth: 3 }),
);

export type Kind = 'string' | 'number' | 'boolean' | 'array';

const kindOf = (v: unknown): Kind | 'null' | 'object' =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind | 'object');

/** A JSON value that is not of `kind` (and not null when the field takes null). */
export function wrongType(kind: Kind, nullable: boolean): fc.Arbitrary<unknown> {
  return anyJson.filter((v) => {
    const k = kindOf(v);
    return k !== kind && !(k === 'null' && nullable);
  });
}

/** Strings that are no period key. */
export const badPeriod = fc.oneof(
  fc.constantFrom(
    '2023-13',
    '2023-00',
    '2023-Q5',
    '2023-H3',
    '1989',
    '2101',
    '23',
    '2023-1',
    '2023 ',
    ' 2023',
  ),
  hostileString.filter((s) => parsePeriod(s) === null),
);

/** Strings that are no unit id, or one that does not exist. */
export const badUnitId = fc.oneof(
  fc.constantFrom('v63-99', 'v34-99', 'v34-00', 'v99-01', 'V63-14', '63-14', 'v63-014', 'v63-14 '),
  hostileString.filter((s) => parseUnitId(s) === null),
);

/** Strings that are no indicator key, or one that does not exist. */
export const badIndicator = fc.oneof(
  fc.constantFrom('no_such_indicator', 'Telecom_revenue', 'telecom-revenue', 'x', `a${'b'.repeat(64)}`),
  hostileString.filter((s) => !/^[a-z][a-z0-9_]{1,63}$/.test(s)),
);

/** Text outside [min, max] characters (once trimmed, for fields that trim). */
export function badLength(min: number, max: number, trimmed = true): fc.Arbitrary<string> {
  const tooLong = fc.integer({ min: max + 1, max: max + 200 }).map((n) => 'x'.repeat(n));
  const tooShort = fc
    .constantFrom('', ' ', '\t\n', 'ab', '  ab  ', 'short')
    .filter((s) => (trimmed ? s.trim() : s).length < min);
  return min > 0 ? fc.oneof(tooLong, tooShort) : tooLong;
}

/** A hostile string that still fits a free-text field of [min, max] characters. */
export function hostileText(min: number, max: number): fc.Arbitrary<string> {
  return hostileString.map((h) => `${'abcdefghijklmnop'.slice(0, Math.max(min, 3))}${h}`.slice(0, max));
}

/** Path segments that are not the id of anything: malformed, out of range, or absent. */
export function badId(liveId: number): fc.Arbitrary<string> {
  const aliases = [`0${liveId}`, `+${liveId}`, `${liveId}.0`, `${liveId}e0`, `0x${liveId.toString(16)}`];
  return fc.oneof(
    fc.constantFrom(...aliases, ` ${liveId}`, `${liveId} `, `${liveId}\n`),
    fc.constantFrom('0', '-1', '-0', '00', '1,2', 'abc', 'NaN', 'Infinity', 'null', 'true', '[]', '{}'),
    fc.constantFrom(
      '9'.repeat(30),
      // Past PostgreSQL's integer (2³¹−1): refused as ids, not sent to the database.
      '2147483648',
      '4294967296',
      '9999999999',
      '2147483649',
      '9007199254740993',
      "1' OR '1'='1",
      '1; DROP TABLE revision',
    ),
    fc.constantFrom('<script>alert(1)</script>', '１', '٣', '1/../2'),
    fc.integer({ min: 1_000_000, max: 99_999_999 }).map(String),
    fc.integer({ min: -(2 ** 53), max: -1 }).map(String),
    hostileString.filter((s) => !/^\d+$/.test(s.trim()) && s !== ''),
  );
}

/** Text that JSON.parse refuses, or that parses to a number JSON cannot hold (1e400 is Infinity). */
export const invalidJsonText = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '{"a":}',
    "{'a':1}",
    '{"a":1,}',
    '[1,]',
    'NaN',
    '{"value":NaN}',
    '{"value":1e400}',
  ),
  fc.constantFrom(
    '{"a":Infinity}',
    'undefined',
    '\u0000',
    '\ufeff',
    '\ufeff{',
    '{"a":"\u0000',
    '<xml/>',
    'a=1&b=2',
  ),
  fc.integer({ min: 1000, max: 30000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1000, max: 10000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.integer({ min: 1000, max: 30000 }).map((n) => '['.repeat(n)),
);

/** Content types that are not JSON ('' sends the body with no type at all). */
export const notJsonType = fc.constantFrom(
  '',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'text/html',
  'application/javascript',
  'application/jsonp',
  'application/octet-stream',
  'json',
  '*/*',
);

/** Headers the CSRF guard refuses, even next to a good X-Requested-With. */
export const forgedHeaders = fc.constantFrom<Record<string, string | null>>(
  { 'X-Requested-With': null },
  { 'X-Requested-With': 'XMLHttpRequest' },
  { 'X-Requested-With': 'CDS' },
  { Origin: 'https://evil.example' },
  { Origin: 'null' },
  { Origin: 'http://localhost.evil.example' },
  { 'Sec-Fetch-Site': 'cross-site' },
  { 'Sec-Fetch-Site': 'same-site' },
  { 'Sec-Fetch-Site': 'none' },
);
