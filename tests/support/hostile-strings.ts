import fc from 'fast-check';

/** Text that has broken programs before: SQL, FTS5 syntax, HTML, controls, odd Unicode, sizes. */
export const hostileTexts = [
  "'; DROP TABLE cases; --",
  "\" OR 1=1 --",
  "Robert'); DELETE FROM events;--",
  'NEAR(a b) OR x* AND "',
  '"unbalanced',
  'a AND OR NOT',
  '^*:-()',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00%ff',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00x',
  '\u202Eevil',
  '\u200B',
  '\r\n',
  '\t',
  '😀👨‍👩‍👧',
  '高行镇绿地居委会老人助餐',
  '   ',
  '',
  '0',
  '-1',
  'null',
  '2026-12-01',
  '2026-12-01T08:00:00.000Z',
  'GH01-20261201-0001',
];

/** Hostile texts, random ones, near-limit sizes and the `known` ids that let a call go deeper. */
export function hostileStrings(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...hostileTexts), weight: 4 },
    { arbitrary: fc.constantFrom(...known), weight: 6 },
    { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
    { arbitrary: fc.constantFrom(40, 64, 65, 100, 101, 200, 201, 2000, 2001, 4000, 4001, 300_000).map((n) => '字'.repeat(n)), weight: 1 },
  );
}
