import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorable, isStorableString, quarantineText } from './storable-text';

describe('text PostgreSQL can store', () => {
  it('refuses NUL characters and lone surrogates, accepts escaped backslashes and paired surrogates', () => {
    expect(isStorable(JSON.stringify({ a: 'x\u0000y' }))).toBe(false);
    expect(isStorable(JSON.stringify({ a: 'x\ud800y' }))).toBe(false);
    expect(isStorable(JSON.stringify({ a: 'x\udc00' }))).toBe(false);
    expect(isStorable(JSON.stringify({ a: '\\u0000 written as text' }))).toBe(true);
    expect(isStorable(JSON.stringify({ a: '连心线 😀' }))).toBe(true);
  });

  it('agrees with a character scan for any string', () => {
    // UTF-8 cannot encode a lone surrogate: a round trip through it changes exactly those strings.
    const scan = (s: string) => !s.includes('\u0000') && Buffer.from(s, 'utf8').toString('utf8') === s;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => isStorable(JSON.stringify({ s })) === scan(s)),
      { seed: 12, numRuns: 2000 },
    );
  });

  it('reads a single string as its JSON would be read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => isStorableString(s) === isStorable(JSON.stringify(s))),
      { seed: 12, numRuns: 2000 },
    );
    expect(isStorableString('01J\u0000')).toBe(false);
    expect(isStorableString('\ud83d')).toBe(false);
    expect(isStorableString('😀\\u0000')).toBe(true);
  });

  it('makes anything it quarantines storable', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => isStorable(quarantineText(x))),
      { seed: 12, numRuns: 500 },
    );
  });
});
