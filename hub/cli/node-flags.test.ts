import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_NODE_FLAGS } from './node-flags';

const scripts = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the hub\'s V8 flags', () => {
  it('are the ones `npm run hub` and `npm run bench:hub` run with, so the bench measures what is run', () => {
    for (const name of ['hub', 'bench:hub']) expect(scripts[name]?.split(' ').slice(1, 1 + HUB_NODE_FLAGS.length)).toEqual([...HUB_NODE_FLAGS]);
  });
});
