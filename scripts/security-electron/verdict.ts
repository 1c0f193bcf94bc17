/**
 * What Electronegativity's findings mean for the test run. It exits 0 whatever it finds, so the
 * rule is here: a HIGH finding fails, always; a MEDIUM one fails unless a reviewed suppression
 * (suppressions.ts, reasons in docs/decisions/0016) names it; LOW and informational ones are
 * listed. A file it could not parse fails too, since nothing in it was checked, and so does a
 * suppression that no longer matches anything, so the list never outlives its reason.
 */

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Relative to the scanned tree, e.g. electron/main/window.ts. */
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

export interface ParseError {
  readonly file: string;
  readonly message: string;
}

export interface Suppression {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

export interface Verdict {
  readonly failures: readonly string[];
  readonly suppressed: readonly string[];
  readonly listed: readonly string[];
}

export function judge(findings: readonly Finding[], errors: readonly ParseError[], suppressions: readonly Suppression[]): Verdict {
  const failures: string[] = [];
  const suppressed: string[] = [];
  const listed: string[] = [];
  const used = new Set<Suppression>();
  for (const finding of findings) {
    const line = `${finding.severity} ${finding.check} ${finding.file}:${finding.line} — ${finding.description}`;
    const suppression = suppressions.find((s) => s.check === finding.check && s.file === finding.file);
    if (suppression !== undefined) used.add(suppression);
    if (finding.severity === 'HIGH') failures.push(suppression === undefined ? line : `${line} (a HIGH finding cannot be suppressed)`);
    else if (finding.severity === 'MEDIUM' && suppression === undefined) failures.push(`${line} (fix it, or record a reviewed suppression)`);
    else if (suppression !== undefined) suppressed.push(`${line} — suppressed: ${suppression.reason}`);
    else listed.push(line);
  }
  for (const error of errors) failures.push(`could not parse ${error.file}, so it went unchecked: ${error.message}`);
  for (const suppression of suppressions) {
    if (!used.has(suppression)) failures.push(`stale suppression: ${suppression.check} ${suppression.file} matches no finding any more; remove it`);
  }
  return { failures, suppressed, listed };
}
