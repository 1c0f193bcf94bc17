import { expect, it } from 'vitest';
import { dataDirArgument, emptyTownArgument } from './args';

it('reads --data in either form', () => {
  expect(dataDirArgument(['electron', '.', '--data', '/tmp/seat'])).toBe('/tmp/seat');
  expect(dataDirArgument(['electron', '.', '--data=/tmp/seat'])).toBe('/tmp/seat');
  expect(dataDirArgument(['electron', '.'])).toBeUndefined();
  expect(dataDirArgument(['electron', '.', '--data'])).toBeUndefined();
  expect(dataDirArgument(['electron', '.', '--data', '--inspect'])).toBeUndefined();
  expect(dataDirArgument(['electron', '.', '--data='])).toBeUndefined();
});

it('reads --empty: a fresh store without the demo history', () => {
  expect(emptyTownArgument(['electron', '.', '--empty'])).toBe(true);
  expect(emptyTownArgument(['electron', '.', '--data', '/tmp/seat'])).toBe(false);
});
