import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HUB_NODE_FLAGS } from '../../hub/cli/node-flags';
import type { PartName } from './goals';

/** One part of `npm run bench`: an existing bench script, run as a child process with its size flags. */
export interface Part {
  readonly name: PartName;
  readonly script: string;
  readonly args: readonly string[];
  /** Node's own flags for the child, before the script. */
  readonly nodeFlags?: readonly string[];
  /** Why it is not run in this checkout, if it is not. */
  readonly skip?: string;
}

export interface PartOptions {
  readonly quick: boolean;
  /** The case store the parts that need one open: a copy they may write to. */
  readonly store: string;
  readonly root: string;
}

/**
 * The parts in the order they run. Sizes: the full set is each script's default (stated for
 * 1,000,000 cases); a quick run passes the small sizes explicitly, so the list does not depend on
 * every script knowing `--quick`.
 */
export function benchParts({ quick, store, root }: PartOptions): Part[] {
  const firstScreen = 'scripts/bench-first-screen.ts';
  return [
    { name: 'save-search', script: 'scripts/bench-save-search.ts', args: ['--data', store, ...(quick ? ['--quick'] : [])] },
    { name: 'core-memory', script: 'scripts/bench-core-memory.ts', args: ['--data', store] },
    {
      name: 'first-screen',
      script: firstScreen,
      args: quick ? ['--quick'] : ['--data', store],
      ...(existsSync(join(root, firstScreen)) ? {} : { skip: `${firstScreen} is not in this checkout` }),
    },
    { name: 'sla', script: 'scripts/bench-sla.ts', args: quick ? ['--cases', '20000', '--open', '2000'] : [] },
    { name: 'board', script: 'scripts/bench-board.ts', args: quick ? ['--open', '2000'] : [] },
    { name: 'assessment', script: 'scripts/bench-assessment.ts', args: quick ? ['--quick'] : [] },
    { name: 'hub', script: 'scripts/bench-hub.ts', args: quick ? ['--quick'] : [], nodeFlags: HUB_NODE_FLAGS },
    { name: 'sync', script: 'scripts/bench-sync-drain.ts', args: quick ? ['--quick'] : [] },
    { name: 'intake-quality', script: 'scripts/bench-intake-quality.ts', args: [] },
  ];
}
