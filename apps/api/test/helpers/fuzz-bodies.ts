/**
 * Bad request bodies for the write fuzz. A body is a good one (`base`) broken on purpose: one
 * "breaker" that is certain to be refused (a wrong type, a value out of range, a missing or unknown
 * field), applied after some "noise" that on its own would be accepted (SQL and markup in every
 * free-text field), so the noise reaches the validators and never slips through unbroken. Also
 * bodies that are not objects at all.
 */
import fc from 'fast-check';
import {
  anyJson,
  anyNumber,
  badUnitId,
  hostileString,
  hostileText,
  type Kind,
  wrongType,
} from './fuzz-values.ts';

export interface Field {
  kind: Kind;
  nullable?: boolean;
  /** May be left out (optional, or has a default). */
  optional?: boolean;
  /** Values of the right type that are still refused. */
  bad?: fc.Arbitrary<unknown>;
  /** Free text of [min, max] characters: any hostile string of that length is accepted. */
  text?: readonly [number, number];
}

export interface BodySpec {
  base: Record<string, unknown>;
  fields: Record<string, Field>;
  /** Whether `{}` is refused (PATCH /revisions/{id} takes an empty change). */
  emptyRefused: boolean;
}

type Mutation = (body: Record<string, unknown>) => Record<string, unknown>;

const set =
  (name: string, value: unknown): Mutation =>
  (body) => ({ ...body, [name]: value });

const UNKNOWN_KEYS = ['isDemo', 'id', 'status', 'createdBy', 'role', 'isAdmin', 'password_hash', '__proto__'];

function breaker(spec: BodySpec): fc.Arbitrary<Mutation> {
  const names = Object.keys(spec.fields);
  const required = names.filter((n) => !spec.fields[n]?.optional);
  const withBad = names.filter((n) => spec.fields[n]?.bad);
  const field = (n: string) => spec.fields[n] as Field;
  const unknownKey = fc
    .oneof(fc.constantFrom(...UNKNOWN_KEYS, 'constructor', ''), fc.string({ minLength: 1, maxLength: 20 }))
    .filter((k) => !names.includes(k));
  const breakers: fc.Arbitrary<Mutation>[] = [
    fc
      .constantFrom(...names)
      .chain((n) => wrongType(field(n).kind, field(n).nullable ?? false).map((v) => set(n, v))),
    fc.tuple(unknownKey, anyJson).map(([k, v]) => set(k, v)),
  ];
  if (withBad.length > 0) {
    breakers.push(
      fc.constantFrom(...withBad).chain((n) => (field(n).bad as fc.Arbitrary<unknown>).map((v) => set(n, v))),
    );
  }
  if (required.length > 0) {
    breakers.push(
      fc.constantFrom(...required).map(
        (n): Mutation =>
          (body) => {
            const { [n]: _, ...rest } = body;
            return rest;
          },
      ),
    );
  }
  return fc.oneof(...breakers);
}

/** Hostile but acceptable text in some of the free-text fields. */
function noise(spec: BodySpec): fc.Arbitrary<Partial<Record<string, string>>> {
  const texts = Object.entries(spec.fields).filter(([, f]) => f.text);
  if (texts.length === 0) return fc.constant({});
  return fc.record(
    Object.fromEntries(texts.map(([n, f]) => [n, hostileText(...(f.text as [number, number]))])),
    { requiredKeys: [] },
  );
}

/** A JSON value that is not an object, or an object with the wrong shape altogether. */
const notAnObject = (base: unknown) =>
  fc.oneof(anyNumber, hostileString, fc.boolean(), fc.constant(null), fc.constant([base]), fc.constant([]));

export function badBody(spec: BodySpec): fc.Arbitrary<unknown> {
  const broken = fc.tuple(noise(spec), breaker(spec)).map(([n, brk]) => brk({ ...spec.base, ...n }));
  const others = spec.emptyRefused
    ? fc.oneof(notAnObject(spec.base), fc.constant({}))
    : notAnObject(spec.base);
  return fc.oneof({ weight: 8, arbitrary: broken }, { weight: 1, arbitrary: others });
}

const ROLE_NAMES = ['viewer', 'staff', 'reviewer', 'admin'];

/** Role assignment lists the user admin refuses. */
export const badAssignments: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.oneof(
      hostileString.filter((r) => !ROLE_NAMES.includes(r)).map((role) => ({ role, unitId: null })),
      fc.constantFrom('VIEWER', 'superuser', 'admin ').map((role) => ({ role, unitId: null })),
      fc.constant({ role: 'admin', unitId: 'v34-01' }),
      badUnitId.map((unitId) => ({ role: 'staff', unitId })),
      fc.constant({ role: 'viewer' }),
      fc.constant({ role: 'viewer', unitId: null, extra: true }),
      wrongType('array', false).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
      fc.constant([{ role: 'viewer', unitId: null }]),
    ),
    fc.boolean(),
  )
  .map(([item, duplicate]) => {
    const good = { role: 'viewer', unitId: null };
    return duplicate ? [good, item, good] : [item];
  })
  .chain((list) =>
    fc.oneof(
      fc.constant(list),
      fc.constant(
        Array.from({ length: 201 }, (_, i) => ({
          role: 'staff',
          unitId: `v34-${String((i % 34) + 1).padStart(2, '0')}`,
        })),
      ),
    ),
  );
