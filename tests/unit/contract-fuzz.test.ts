import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { ErrorCode, type ApiResult } from '../../shared/api/errors';
import { methodNames, type MethodName } from '../../shared/api/names';
import { hasForbiddenCharacter } from '../../shared/case/fields';
import { DATABASE_FILE } from '../../electron/core/open-core';
import { mealCase, openTestCore, type CoreHarness } from '../support/core-harness';
import { hostileStrings, hostileTexts } from '../support/hostile-strings';
import { arbitraryFor } from '../support/zod-arbitrary';

/** Tables whose rows only a call's own commit adds (projections and indexes follow later, on their own). */
const truthTables = [
  'events',
  'seat_sequences',
  'knowledge',
  'emergency_transfers',
  'calendar_changes',
  'calendar_overrides',
  'calendar_years',
  'sla_policies',
  'users',
  'units',
  'categories',
  'committees',
  'routing_rules',
];

let h: CoreHarness;
let reader: Database.Database;
const seatUsers = ['op01', 'admin', 'sup01', 'h-zhucan', 'disp01'];
let tokens: string[];
let strings: fc.Arbitrary<string>;
let nextId = 1;

function rowCounts(): Record<string, number> {
  return Object.fromEntries(
    truthTables.map((t) => [t, (reader.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

const call = (method: string, input: unknown, session: string | null) =>
  h.core.call({ id: nextId++, method, input, session, lang: nextId % 2 ? 'en' : 'zh-CN' }, { address: 'fuzz' });

/** What every answer must be: a valid value of the method's output, or an error with a code and a translated message. */
function expectWellFormed(method: MethodName, result: ApiResult<unknown>): void {
  if (result.ok) {
    const parsed = contract[method].output.safeParse(result.value);
    expect(parsed.error?.issues ?? [], `${method} answered outside its output schema`).toEqual([]);
    return;
  }
  expect(ErrorCode.safeParse(result.error.code).success).toBe(true);
  expect(result.error.code, `${method}: ${result.error.message}`).not.toBe('internal');
  expect(result.error.message).not.toMatch(/^(errors|validation|fields)\.|^$/);
}

beforeAll(async () => {
  h = await openTestCore();
  reader = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  const op = await h.login('op01');
  tokens = [op];
  for (const username of seatUsers.slice(1)) tokens.push(await h.login(username));
  const filed = await h.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' }, op);
  const reference = await h.call('reference:get', {}, op);
  const known = [
    filed.id,
    filed.number,
    mealCase.caller.phone,
    ...reference.units.map((u) => u.id),
    ...reference.committees.map((c) => c.id),
    ...reference.categories.map((c) => c.id),
    ...reference.users.flatMap((u) => [u.id, u.username]),
  ];
  strings = hostileStrings(known);
}, 60_000);
afterAll(() => {
  reader.close();
  h.close();
});

describe('every method of the contract, fed random and malformed input', () => {
  // Iterating the contract's own names: a method added later is fuzzed without touching this file.
  it.each(methodNames.map((m) => [m]))('%s: answers well-formed, and a refusal writes nothing', async (method) => {
    // Picked by position at run time: a logout replaces its seat's token.
    const sessions = fc.integer({ min: 0, max: tokens.length + 1 });
    const inputs = fc.oneof({ arbitrary: arbitraryFor(contract[method].input, strings), weight: 9 }, { arbitrary: fc.anything(), weight: 1 });
    await fc.assert(
      fc.asyncProperty(inputs, sessions, async (input, seat) => {
        const session = seat < tokens.length ? (tokens[seat] ?? null) : seat === tokens.length ? null : 'forged-session';
        const before = rowCounts();
        const result = await call(method, input, session);
        expectWellFormed(method, result);
        if (method === 'auth:logout' && result.ok) tokens[seat] = await h.login(seatUsers[seat] ?? 'op01');
        // A failed login counts against the account by design; nothing else a refusal may add.
        if (!result.ok) expect(rowCounts()).toEqual(before);
      }),
      // Logins hash, and every successful logout logs its seat in again: fewer runs for those two.
      { numRuns: method === 'auth:login' || method === 'auth:logout' ? 12 : 60, seed: 20261201 },
    );
  }, 60_000);
});

describe('hostile text is data, never syntax', () => {
  it('stores SQL, FTS and HTML payloads literally and finds them by themselves', async () => {
    const op = tokens[0] ?? '';
    const printable = hostileTexts.filter((t) => t.trim().length >= 3 && !hasForbiddenCharacter(t));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...printable), fc.constantFrom(...printable), async (address, text) => {
        const description = `老人助餐 ${text}`;
        const filed = await call('cases:create', { ...mealCase, address, description }, op);
        expect(filed.ok).toBe(true);
        const id = filed.ok ? (filed.value as { id: string }).id : '';
        const read = await call('cases:get', { caseId: id }, op);
        expect(read).toMatchObject({ ok: true, value: { case: { address: address.trim(), description: description.trim() } } });
        const found = await call('search:cases', { query: text.trim().slice(0, 100) }, op);
        expect(found.ok, JSON.stringify(found)).toBe(true);
        if (found.ok) expect((found.value as { hits: Array<{ id: string }> }).hits.map((c) => c.id)).toContain(id);
      }),
      { numRuns: 20, seed: 20261201 },
    );
  });

  it('refuses a NUL in a search, a lone surrogate in a case and a 1 MB override reason, writing nothing', async () => {
    const [op = '', admin = ''] = tokens;
    const before = rowCounts();
    expect(await call('search:cases', { query: '老人\u0000' }, op)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'query' } });
    expect(await call('cases:create', { ...mealCase, description: '助餐\uD800' }, op)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'description' },
    });
    const huge = await call('sla:saveOverride', { date: '2026-12-24', working: false, reason: 'x'.repeat(1_000_000) }, admin);
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(rowCounts()).toEqual(before);
  });
});
