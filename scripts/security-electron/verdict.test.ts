import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from './scan';
import { judge, type Finding } from './verdict';

const finding = (check: string, severity: Finding['severity'], file = 'electron/main/window.ts'): Finding => ({
  check,
  severity,
  confidence: 'FIRM',
  file,
  line: 3,
  description: 'd',
});
const reviewed = { check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: 'reviewed' };

describe('the Electronegativity verdict', () => {
  it('fails on any HIGH finding, suppressed or not', () => {
    expect(judge([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')], [], []).failures).toHaveLength(1);
    const high = { ...reviewed, check: 'NODE_INTEGRATION_JS_CHECK' };
    expect(judge([finding('NODE_INTEGRATION_JS_CHECK', 'HIGH')], [], [high]).failures).toEqual([expect.stringContaining('cannot be suppressed')]);
  });

  it('fails on a MEDIUM finding unless a reviewed suppression names its check and file', () => {
    expect(judge([finding('PRELOAD_JS_CHECK', 'MEDIUM')], [], [reviewed])).toMatchObject({ failures: [], suppressed: [expect.stringContaining('reviewed')] });
    expect(judge([finding('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/main/other.ts')], [], [reviewed]).failures).toEqual([
      expect.stringContaining('electron/main/other.ts'),
      expect.stringContaining('stale suppression'),
    ]);
  });

  it('lists LOW findings without failing, and fails on a file it could not parse', () => {
    expect(judge([finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html')], [], [])).toMatchObject({ failures: [], listed: [expect.stringContaining('CSP_GLOBAL_CHECK')] });
    expect(judge([], [{ file: 'electron/main/x.ts', message: 'Unexpected token' }], []).failures).toEqual([expect.stringContaining('went unchecked')]);
  });
});

describe('Electronegativity itself, on an insecure shell', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'lianxin-insecure-'));
    await mkdir(join(root, 'electron', 'main'), { recursive: true });
    await writeFile(
      join(root, 'electron', 'main', 'window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    await writeFile(join(root, 'electron', 'main', 'broken.ts'), 'export const = ;\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports the HIGH findings and the unparsable file, and the verdict fails', async () => {
    const { findings, errors } = await scan(root, '41.7.1');
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'electron/main/window.ts' }),
        expect.objectContaining({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', file: 'electron/main/window.ts' }),
        // No will-navigate handler and no setWindowOpenHandler anywhere.
        expect.objectContaining({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH' }),
      ]),
    );
    expect(errors).toEqual([expect.objectContaining({ file: 'electron/main/broken.ts' })]);
    expect(judge(findings, errors, []).failures.length).toBeGreaterThanOrEqual(3);
  });
});
