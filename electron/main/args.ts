/**
 * `--data DIR` (or `--data=DIR`) puts everything — the database and Chromium's own files — in DIR
 * instead of the user-data folder: for tests and for running a second, separate console.
 */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith('--data=')) return nonEmpty(arg.slice('--data='.length));
    if (arg === '--data') return nonEmpty(argv[index + 1]);
  }
  return undefined;
}

/** `--empty`: a fresh store starts as the demo town with no cases, without its played history. */
export function emptyTownArgument(argv: readonly string[]): boolean {
  return argv.includes('--empty');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value.startsWith('--') ? undefined : value;
}
