import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacter, text } from './fields';

const field = text(100, { min: 1 });
const forbidden = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

describe('the character policy of every text field', () => {
  it('refuses any text holding a control character or a lone surrogate, wherever it sits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), forbidden, fc.string({ maxLength: 40 }), (before, bad, after) => {
        const value = `${before}x${bad}x${after}`;
        // A high surrogate right before a low one is a real character, not a lone one.
        fc.pre(hasForbiddenCharacter(value));
        const result = field.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues.some((i) => i.code === 'custom' && i.params?.reason === 'bad_characters')).toBe(true);
      }),
      { numRuns: 500, seed: 9 },
    );
  });

  it('keeps any other text as typed (trimmed, CR LF as LF), emoji and Chinese included', () => {
    const clean = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !hasForbiddenCharacter(s) && !s.includes('\r'));
    fc.assert(
      fc.property(clean, (value) => {
        fc.pre(value.trim().length > 0 && value.length <= 100);
        expect(field.parse(value)).toBe(value.trim());
      }),
      { numRuns: 500, seed: 9 },
    );
    expect(field.parse('第一行\r\n第二行\t😀')).toBe('第一行\n第二行\t😀');
  });

  it('turns every CR and CR LF into LF before it trims, with or without trimming', () => {
    const untrimmed = text(100, { trim: false });
    const piece = fc.constantFrom('\r', '\r\n', '\n', ' ', '\t', 'a', '字', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const value = pieces.join('');
        const lines = value.split('\r\n').join('\n').split('\r').join('\n');
        expect(untrimmed.parse(value)).toBe(lines);
        const result = field.safeParse(value);
        if (lines.trim().length === 0) expect(result.error?.issues[0]?.code).toBe('too_small');
        else expect(result.data).toBe(lines.trim());
      }),
      { numRuns: 1000, seed: 9 },
    );
  });

  it('refuses a megabyte before looking at its characters', () => {
    const result = field.safeParse('x'.repeat(1_000_000));
    expect(result.error?.issues[0]?.code).toBe('too_big');
  });
});
