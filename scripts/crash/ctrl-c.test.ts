import { afterEach, expect, test } from 'vitest';
import { onCtrlC } from './ctrl-c';

let dispose: (() => void) | null = null;
afterEach(() => dispose?.());

test('the terminal’s SIGINT and tsx’s relay of it are one press; a press a second later is the second', () => {
  let clock = 0;
  const calls: string[] = [];
  dispose = onCtrlC(() => calls.push('first'), () => calls.push('again'), 1000, () => clock);
  process.emit('SIGINT');
  clock = 40;
  process.emit('SIGINT');
  expect(calls).toEqual(['first']);
  clock = 1500;
  process.emit('SIGINT');
  expect(calls).toEqual(['first', 'again']);
});
