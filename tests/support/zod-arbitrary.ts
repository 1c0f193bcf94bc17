import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Inputs an attacker or a buggy seat could send, shaped by a method's own schema so most reach
 * its handler and the store: strings from `strings` (hostile ones and real ids mixed), numbers
 * near the edges, and now and then a value of the wrong type or an extra field.
 */
export function arbitraryFor(schema: z.core.$ZodType, strings: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}));
  const shaped = shapedArbitrary(schema, strings, depth);
  return fc.oneof({ arbitrary: shaped, weight: 40 }, { arbitrary: wrong, weight: 1 });
}

function shapedArbitrary(schema: z.core.$ZodType, strings: fc.Arbitrary<string>, depth: number): fc.Arbitrary<unknown> {
  // zod's own union of its schema classes: `def.type` tells which one this is.
  const s = schema as z.core.$ZodTypes;
  const inner = (t: z.core.$ZodType) => arbitraryFor(t, strings, depth + 1);
  if (depth > 6) return fc.anything({ maxDepth: 1 });
  switch (s._zod.def.type) {
    case 'string':
      return strings;
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(0, 1, 1e9, -1, 1.5, Number.MAX_SAFE_INTEGER));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...s._zod.def.values);
    case 'enum':
      return fc.constantFrom(...Object.values(s._zod.def.entries));
    case 'null':
      return fc.constant(null);
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(s._zod.def.innerType));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(fc.constant(undefined), inner(s._zod.def.innerType));
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(s._zod.def.innerType);
    case 'pipe':
      return inner(s._zod.def.in);
    case 'lazy':
      return inner(s._zod.def.getter());
    case 'array':
      return fc.array(inner(s._zod.def.element), { maxLength: 4 });
    case 'union':
      return fc.oneof(...s._zod.def.options.map(inner));
    case 'record':
      return fc.dictionary(
        strings.filter((k) => k.length < 40),
        inner(s._zod.def.valueType),
        { maxKeys: 3 },
      );
    case 'object': {
      const fields = Object.fromEntries(Object.entries(s._zod.def.shape).map(([key, value]) => [key, inner(value)]));
      const extraKey = fc.oneof({ arbitrary: fc.constant(null), weight: 30 }, { arbitrary: strings.filter((k) => k.length < 20), weight: 1 });
      return fc.tuple(fc.record(fields), extraKey).map(([value, extra]) => (extra === null ? value : { ...value, [extra]: 1 }));
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
