import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { Language } from '../../shared/api/envelope';
import type { ApiResult } from '../../shared/api/errors';
import type { MethodName } from '../../shared/api/names';
import type { Core, CoreOptions } from '../../electron/core/api/core';
import { createLogger } from '../../electron/core/log';
import { DATABASE_FILE, openCore } from '../../electron/core/open-core';
import type { TestClock } from '../../electron/core/test-clock';

export interface CoreHarness {
  readonly core: Core;
  readonly dataDir: string;
  raw(method: string, input: unknown, session?: string | null, lang?: Language): Promise<ApiResult<unknown>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>, session: string | null): Promise<MethodOutput<M>>;
  login(username: string): Promise<string>;
  /** `cases:act` as a seat sends it; the result, refused or not. */
  act(session: string, caseId: string, action: CaseAction, payload: unknown): Promise<ApiResult<unknown>>;
  /** `cases:act` that must succeed: throws with the refusal's code otherwise. */
  actOk(session: string, caseId: string, action: CaseAction, payload: unknown): Promise<{ status: string }>;
  close(): void;
}

type CaseAction = MethodInput<'cases:act'>['action'];

let seededTemplate: Promise<string> | null = null;

/** Seeding hashes every demo password with scrypt; do it once per test file and copy the result. */
function seededDataDir(): Promise<string> {
  seededTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-template-'));
    (await openCore({ dataDir: dir, logger: createLogger('silent') })).close();
    return dir;
  })();
  return seededTemplate.then((template) => {
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-test-'));
    cpSync(template, dir, { recursive: true });
    return dir;
  });
}

export interface TestSeatOptions {
  /** Another seat of the same town (the template is GH01's): its events and case numbers carry this code. */
  readonly seatCode?: string;
  readonly syncTiming?: CoreOptions['syncTiming'];
  readonly secretStore?: CoreOptions['secretStore'];
  readonly testClock?: TestClock;
}

/** A core on a fresh temporary folder, seeded with the demo town, as a test's seat sees it. */
export async function openTestCore(folder?: string, options: TestSeatOptions = {}): Promise<CoreHarness> {
  const dataDir = folder ?? (await seededDataDir());
  if (options.seatCode) {
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'seat.code'").run(options.seatCode);
    db.close();
  }
  const core = await openCore({ dataDir, logger: createLogger('silent'), syncTiming: options.syncTiming, secretStore: options.secretStore, testClock: options.testClock });
  let id = 0;
  const raw = (method: string, input: unknown, session: string | null = null, lang: Language = 'zh-CN') =>
    core.call({ id: id++, method, input, session, lang });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>, session: string | null) => {
    const result = await raw(method, input, session);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  const act = (session: string, caseId: string, action: CaseAction, payload: unknown) => raw('cases:act', { caseId, action, payload }, session);
  return {
    core,
    dataDir,
    raw,
    call,
    act,
    async actOk(session, caseId, action, payload) {
      const result = await act(session, caseId, action, payload);
      if (!result.ok) throw new Error(`${action} refused: ${result.error.code} ${result.error.message}`);
      return result.value as { status: string };
    },
    login: async (username) => (await call('auth:login', { username, password: `demo-${username}` }, null)).token,
    close() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { mealCase, mealContact, mealReply } from './meal-case';
