import { describe, expect, it } from 'vitest';
import { maskCaller, maskName } from './privacy';

describe('privacy mode', () => {
  it('keeps only the surname of a caller', () => {
    expect(maskName('张阿姨')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王*');
    expect(maskName('')).toBe('');
  });

  it('hides the middle of the phone number', () => {
    expect(maskCaller({ name: '张阿姨', phone: '+8613800138000' })).toEqual({ name: '张**', phone: '138****8000' });
  });
});
