import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone, phoneKey } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['13800138000', '+8613800138000', '138 0013 8000', 'mobile'],
    ['+86 138 0013 8000', '+8613800138000', '138 0013 8000', 'mobile'],
    ['0086 138-0013-8000', '+8613800138000', '138 0013 8000', 'mobile'],
    ['8613800138000', '+8613800138000', '138 0013 8000', 'mobile'],
    ['１３８００１３８０００', '+8613800138000', '138 0013 8000', 'mobile'],
    ['021-5012 3456', '+862150123456', '021 5012 3456', 'fixed'],
    ['(021)50123456', '+862150123456', '021 5012 3456', 'fixed'],
    ['+86 21 5012 3456', '+862150123456', '021 5012 3456', 'fixed'],
    ['010-12345678', '+861012345678', '010 1234 5678', 'fixed'],
    ['0755 8888 8888', '+8675588888888', '0755 8888 8888', 'fixed'],
    ['4008123123', '+864008123123', '400 812 3123', 'shared_cost'],
  ] as const)('accepts %s as %s', (input, e164, display, type) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164, display, type, country: 'CN' });
  });

  it('reads a local landline typed without area code as Shanghai, or as the configured area', () => {
    expect(normalisePhone('50123456')).toMatchObject({ ok: true, e164: '+862150123456', type: 'fixed' });
    expect(normalisePhone('5012 3456', { defaultAreaCode: '10' })).toMatchObject({ ok: true, e164: '+861050123456' });
  });

  it('accepts a foreign caller in international form', () => {
    expect(normalisePhone('+1 212 555 0123')).toEqual({
      ok: true,
      e164: '+12125550123',
      display: '+1 212 555 0123',
      type: 'fixed_or_mobile',
      country: 'US',
    });
  });

  it.each([
    ['', 'phone_empty'],
    ['   ', 'phone_empty'],
    ['abc', 'phone_bad_characters'],
    ['138001380o0', 'phone_bad_characters'],
    ['021-50123456转8888', 'phone_bad_characters'],
    ['12345', 'phone_too_short'],
    ['95555', 'phone_too_short'],
    ['1380013800', 'phone_invalid'],
    ['138001380001', 'phone_invalid'],
    ['12345678901', 'phone_invalid'],
    ['+86 138 0013 8000 0000 0000', 'phone_too_long'],
    ['---', 'phone_invalid'],
  ] as const)('refuses %j with %s', (input, code) => {
    expect(normalisePhone(input)).toEqual({ ok: false, code });
  });
});

describe('phoneKey', () => {
  const sameVerdict = (input: string) => {
    const full = normalisePhone(input);
    expect(phoneKey(input)).toEqual(full.ok ? { ok: true, e164: full.e164 } : full);
  };

  it.each(['13800138000', '021-5012 3456', '50123456', '+1 212 555 0123', '', 'abc', '12345', '1380013800', '+86 138 0013 8000 0000 0000'])(
    'files %j under the key normalisePhone gives, or refuses it with the same code',
    sameVerdict,
  );

  it('agrees with normalisePhone on mobile numbers and on anything typed from digits and separators', () => {
    const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
    const typed = fc.oneof(mobile, fc.stringMatching(/^\+?[\d\- ()]{0,20}$/));
    fc.assert(fc.property(typed, (input) => sameVerdict(input)));
  });
});

describe('maskPhone', () => {
  it.each([
    ['+8613800138000', '138****8000'],
    ['+862150123456', '021****3456'],
    ['+8675588888888', '075*****8888'],
    ['+12125550123', '212***0123'],
    ['12345', '***45'],
  ])('masks %s as %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});
