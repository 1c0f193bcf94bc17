import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

/** The layer rules are only worth having if a wrong import really fails the lint step. */
describe('layer rules', () => {
  it.each([
    ['shared/case/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/case/x.ts', "import fs from 'fs';\nexport const x = fs;"],
    ['shared/case/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/case/x.ts', "import { x as y } from '../../electron/core/open-core';\nexport const x = y;"],
    ['shared/case/x.ts', 'export const x = window.location;'],
    ['shared/case/x.ts', 'export const x = process.env;'],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/core/x.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;"],
    ['renderer/src/x.ts', "import { openCore } from '../../electron/core/open-core';\nexport const x = openCore;"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['electron/preload/x.ts', "import { spawn } from 'child_process';\nexport const x = spawn;"],
    ['electron/preload/x.ts', "import { openCore } from '../core/open-core';\nexport const x = openCore;"],
    ['electron/preload/x.ts', "import { bindIpc } from '../main/ipc';\nexport const x = bindIpc;"],
    ['electron/preload/x.ts', 'export const x = process.env;'],
    ['hub/sync/x.ts', "import { openCore } from '../../electron/core/open-core';\nexport const x = openCore;"],
    ['hub/sync/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['hub/sync/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/core/x.ts', "import { x as y } from '../../hub/sync/push';\nexport const x = y;"],
  ])('refuses %s importing across its layer: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/case/x.ts', "import { z } from 'zod';\nexport const x = z;"],
    ['electron/core/x.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['renderer/src/x.ts', "import { foldCase } from '../../shared/case/fold';\nexport const x = foldCase;"],
    ['electron/preload/x.ts', "import { isMethodName } from '../../shared/api/names';\nexport const x = isMethodName;"],
    ['hub/sync/x.ts', "import { foldCase } from '../../shared/case/fold';\nimport { createHash } from 'node:crypto';\nexport const x = [foldCase, createHash];"],
  ])('allows %s its own imports: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
