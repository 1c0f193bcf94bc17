import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Finding, ParseError, Severity } from './verdict';

interface RawIssue {
  readonly id: string;
  readonly severity: { readonly name: string };
  readonly confidence: { readonly name: string };
  readonly file: string;
  readonly location: { readonly line: number };
  readonly description: string;
}
interface RunOptions {
  readonly input: string;
  readonly isRelative: boolean;
  readonly electronVersionOverride: string;
  readonly excludeFromScan: readonly string[];
}
type Run = (options: RunOptions, forCli: false) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string }[] }>;

// Electronegativity's documented programmatic entry: it returns the findings and, unlike its
// CSV, the files it failed to parse.
const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;

/**
 * Fetches Electron's release list to flag outdated versions; offline that fetch fails, and the
 * Electron version is pinned in package.json and electron-builder.yml and raised deliberately.
 */
const needsTheInternet = ['AvailableSecurityFixesGlobalCheck'];

/** Runs Electronegativity over `root`, with paths in its findings relative to it. */
export async function scan(root: string, electronVersion: string): Promise<{ findings: Finding[]; errors: ParseError[] }> {
  const log = console.log;
  // Its one line on failing to download translations says nothing about the app.
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    const result = await run({ input: root, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: needsTheInternet }, false);
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        severity: issue.severity.name as Severity,
        confidence: issue.confidence.name,
        file: toPosix(issue.file),
        line: issue.location.line,
        description: issue.description,
      })),
      errors: result.errors.map((error) => ({ file: toPosix(relative(root, error.file)), message: error.message })),
    };
  } finally {
    console.log = log;
  }
}

/**
 * The code that ships, copied into a fresh folder: the shell, preload, core, shared code and the
 * renderer with its index.html (where the CSP meta tag is). Tests, stand-ins and tooling stay out;
 * they never run in the app and would only add noise.
 */
export async function stageShippedSources(projectRoot: string): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'lianxin-electronegativity-'));
  for (const folder of ['electron', 'shared', 'renderer/src']) {
    for (const file of await readdir(join(projectRoot, folder), { recursive: true })) {
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.split(sep).includes('testing')) continue;
      await cp(join(projectRoot, folder, file), join(root, folder, file));
    }
  }
  await cp(join(projectRoot, 'renderer', 'index.html'), join(root, 'renderer', 'index.html'));
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
