import { maskPhone } from '../intake/phone';

/** Privacy mode: a caller's name keeps its first character (the surname), e.g. 张阿姨 → 张**. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** The caller as a wall screen or a screenshot may show them. */
export function maskCaller(caller: { readonly name: string; readonly phone: string }): { name: string; phone: string } {
  return { name: maskName(caller.name), phone: caller.phone === '' ? '' : maskPhone(caller.phone) };
}
