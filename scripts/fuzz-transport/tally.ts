import { ErrorCode, type ApiResult } from '../../shared/api/errors';

/** What the harness counts, printed at the end against the goals. */
export interface Tally {
  casesTried: number;
  crashes: number;
  uncodedErrors: number;
  partialWrites: number;
  /** Examples of what went wrong, for the report (a few of each). */
  findings: string[];
}

export function newTally(): Tally {
  return { casesTried: 0, crashes: 0, uncodedErrors: 0, partialWrites: 0, findings: [] };
}

export function note(tally: Tally, finding: string): void {
  if (tally.findings.length < 20) tally.findings.push(finding);
}

/** A call's answer, or undefined when none came (the test socket gives up after 10 s). */
export function answerOf(call: Promise<ApiResult<unknown>>): Promise<ApiResult<unknown> | undefined> {
  return call.catch(() => undefined);
}

/** An answer is fine when it is a value or an error with a known code other than `internal`; no answer is not fine. */
export function checkAnswer(tally: Tally, what: string, result: ApiResult<unknown> | undefined): void {
  tally.casesTried += 1;
  if (result === undefined) {
    tally.uncodedErrors += 1;
    note(tally, `${what}: no answer`);
    return;
  }
  if (result.ok) return;
  if (!ErrorCode.safeParse(result.error.code).success || result.error.code === 'internal' || result.error.message === '') {
    tally.uncodedErrors += 1;
    note(tally, `${what}: ${result.error.code} ${result.error.message}`);
  }
}
