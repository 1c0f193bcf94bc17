import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/names';
import type { CaseRecord } from '../../../shared/case/record';
import type { Core } from '../api/core';
import { rebuildProjections } from '../cases/rebuild-projections';
import { createLogger } from '../log';
import { DATABASE_FILE, openCore } from '../open-core';
import { openDatabase } from '../store/db';

let dir: string;
let core: Core;
let progress: number[];
let all: CaseRecord[];

async function call<M extends MethodName>(method: M, input: MethodInput<M>, session: string | null): Promise<MethodOutput<M>> {
  const result = await core.call({ id: 1, method, input, session, lang: 'zh-CN' });
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.value as MethodOutput<M>;
}
const login = async (username: string) => (await call('auth:login', { username, password: `demo-${username}` }, null)).token;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lianxin-demo-history-'));
  progress = [];
  core = await openCore({ dataDir: dir, logger: createLogger('silent'), demoHistory: true, onDemoProgress: (day) => progress.push(day) });
  const sup = await login('sup01');
  all = [];
  for (let offset = 0; ; offset += 200) {
    const page = await call('cases:list', { offset, limit: 200 }, sup);
    all.push(...page.items);
    if (all.length >= page.total) break;
  }
}, 120_000);
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

describe('the demo town, first start', () => {
  it('has about 90 days of cases, played through the real loop, reported day by day', () => {
    expect(all.length).toBeGreaterThan(1000);
    const oldest = Math.min(...all.map((c) => Date.parse(c.registeredAt)));
    expect((Date.now() - oldest) / DAY).toBeGreaterThan(88);
    expect(progress.at(-1)).toBe(90);
    // The stored rows are exactly the fold of the stored events: nothing was written around the loop.
    core.close();
    const db = openDatabase(join(dir, DATABASE_FILE));
    try {
      expect(rebuildProjections(db, { write: false })).toMatchObject({ mismatched: [], pending: 0 });
    } finally {
      db.close();
    }
  });

  it('shows today in every state, with returns, extensions, whistles, reopens, cards and hasty closures in its past', async () => {
    core = await openCore({ dataDir: dir, logger: createLogger('silent') });
    const statuses = new Set(all.map((c) => c.status));
    for (const s of ['registered', 'dispatched', 'accepted', 'contacted', 'return_requested', 'extension_requested', 'replied', 'closed', 'answered', 'merged', 'transferred']) {
      expect(statuses, s).toContain(s);
    }
    expect(all.some((c) => c.rulings.some((r) => r.type === 'return' && r.approved && r.redispatchToUnitId !== null))).toBe(true);
    expect(all.some((c) => c.rulings.some((r) => r.type === 'extension' && r.approved))).toBe(true);
    expect(all.some((c) => c.whistles.some((w) => w.reportedAt !== null))).toBe(true);
    expect(all.filter((c) => c.reopenCount > 0).length).toBeGreaterThan(10);
    expect(all.filter((c) => c.cards.length > 0).length).toBeGreaterThan(20);
    expect(all.filter((c) => (c.repeatCalls ?? []).length > 0).length).toBeGreaterThan(0);
    // Marked by the desk on the case itself: 群体性 on a main case of several calls, 历史遗留 on one open a month.
    expect(all.some((c) => c.flags.includes('group') && (c.repeatCalls ?? []).length >= 2)).toBe(true);
    expect(all.some((c) => c.flags.includes('legacy'))).toBe(true);
    // A hasty closure: replied with no contact, minutes after signing.
    expect(all.some((c) => c.reopenCount > 0 && c.contact === null && c.responsibleUnitId === 'unit.huanwei')).toBe(true);
  });

  it('gives its units the profiles the demo promises: prompt, slow and hasty', () => {
    // The past only: today's desks are set on purpose (waiting to be signed for, contacted, ruled).
    // A unit holds 20–70 such cases, and which ones fall in the window moves with the hour the town is
    // seeded: the prompt units are counted together, and each profile against the others.
    const past = (c: CaseRecord) => Date.now() - Date.parse(c.registeredAt) > 3 * DAY;
    const ofUnits = (...unitIds: string[]) => all.filter((c) => c.responsibleUnitId !== null && unitIds.includes(c.responsibleUnitId) && c.dispatches.length > 0 && past(c));
    const share = (cases: readonly CaseRecord[], which: (c: CaseRecord) => boolean) => cases.filter(which).length / cases.length;
    const reopened = (c: CaseRecord) => c.reopenCount > 0;
    // Cards on the unit's own clocks: a late dispatch or callback is the hotline's, whichever unit then holds the case.
    const hotlineClocks: readonly string[] = ['dispatch', 'callback'];
    const carded = (c: CaseRecord) => c.cards.some((k) => !hotlineClocks.includes(k.clock));
    const prompt = ofUnits('unit.zhucan', 'unit.laoling');
    expect(share(ofUnits('unit.huanwei'), reopened)).toBeGreaterThan(Math.max(0.2, 3 * share(prompt, reopened)));
    expect(share(prompt, reopened)).toBeLessThan(0.12);
    expect(share(ofUnits('unit.fangguan'), carded)).toBeGreaterThan(0.5);
    expect(share(prompt, carded)).toBeLessThan(0.1);
  });

  it('has requests waiting in the supervisor inbox, callbacks due, and clocks ok, warning and overdue on the board', async () => {
    const sup = await login('sup01');
    const inbox = await call('queues:supervisor', {}, sup);
    expect(inbox.items.filter((c) => c.pending !== null).length).toBeGreaterThanOrEqual(2);
    expect((await call('queues:callback', {}, await login('op01'))).items.length).toBeGreaterThan(0);
    const board = await call('board:list', {}, sup);
    const now = Date.parse(board.now);
    const left = board.rows.flatMap((r) => (r.nextDeadline && r.nextStartedAt ? [{ r, left: (Date.parse(r.nextDeadline) - now) / (Date.parse(r.nextDeadline) - Date.parse(r.nextStartedAt)) }] : []));
    expect(left.some((x) => x.left < 0)).toBe(true);
    expect(left.some((x) => x.left >= 0 && x.left < 0.2)).toBe(true);
    expect(left.some((x) => x.left >= 0.2)).toBe(true);
    // Saved, not dispatched, waiting on the hotline's own clock.
    expect(board.rows.some((r) => r.status === 'registered' && r.nextClock === 'dispatch')).toBe(true);
  });

  it('gives every handler demo account work today: a case to sign for, to contact, to reply to, a return refused and an extension waiting', async () => {
    for (const username of ['h-laoling', 'h-zhucan', 'h-lvdi', 'h-chengguan']) {
      const queue = (await call('queues:unit', {}, await login(username))).items;
      const has = (test: (c: CaseRecord) => boolean) => queue.some(test);
      expect(has((c) => c.status === 'dispatched' && Date.now() - Date.parse(c.registeredAt) < DAY), `${username}: to sign for today`).toBe(true);
      expect(has((c) => c.status === 'accepted'), `${username}: to contact`).toBe(true);
      expect(has((c) => c.status === 'contacted'), `${username}: to reply`).toBe(true);
      expect(has((c) => c.status === 'dispatched' && c.rulings.some((r) => r.type === 'return' && !r.approved)), `${username}: a return refused`).toBe(true);
      expect(has((c) => c.status === 'extension_requested'), `${username}: an extension waiting`).toBe(true);
    }
  });

  it('stamps its past as people make it: calls on any second, fewer at lunch than mid-morning, supervision cards at uneven moments', () => {
    const seconds = new Set(all.map((c) => new Date(c.registeredAt).getUTCSeconds()));
    expect(seconds.size).toBeGreaterThan(50);
    const hourOf = (c: CaseRecord) => (new Date(c.registeredAt).getUTCHours() + 8) % 24;
    const inHour = (h: number) => all.filter((c) => hourOf(c) === h).length;
    expect(inHour(12)).toBeLessThan(inHour(10));
    expect(inHour(3)).toBeLessThan(inHour(19));
    // A round cards every case overdue by then at one moment, and how many that is depends on the hour
    // the town is seeded; the rounds themselves fall at uneven moments: off any grid, never a fixed step apart.
    const moments = [...new Set(all.flatMap((c) => c.cards.map((k) => Date.parse(k.at))))].sort((a, b) => a - b);
    expect(moments.length).toBeGreaterThan(10);
    expect(new Set(moments.map((t) => Math.floor(t / 1000) % 60)).size).toBeGreaterThan(Math.min(30, moments.length / 2));
    const gaps = moments.slice(1).map((t, i) => t - (moments[i] ?? t));
    expect(new Set(gaps).size).toBeGreaterThan(gaps.length / 2);
  });

  it('has 绿地居委 × 助餐 spiking: the busiest committee and category of the last three days', () => {
    const recent = all.filter((c) => Date.now() - Date.parse(c.registeredAt) < 3 * DAY);
    const counts = new Map<string, number>();
    for (const c of recent) counts.set(`${c.committeeId} ${c.categoryId}`, (counts.get(`${c.committeeId} ${c.categoryId}`) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('cmt.lvdi cat.ageing.meal');
    expect((ranked[0]?.[1] ?? 0) / (ranked[1]?.[1] ?? 1)).toBeGreaterThan(3);
  });

  it('plays nothing into a store that already has cases, or when started empty', async () => {
    const again = await call('cases:list', { limit: 1 }, await login('sup01'));
    expect(again.total).toBe(all.length);
    const empty = mkdtempSync(join(tmpdir(), 'lianxin-empty-'));
    const bare = await openCore({ dataDir: empty, logger: createLogger('silent'), demoHistory: false });
    const r = await bare.call({ id: 1, method: 'auth:login', input: { username: 'sup01', password: 'demo-sup01' }, session: null, lang: 'zh-CN' });
    const token = r.ok ? (r.value as { token: string }).token : null;
    const list = await bare.call({ id: 2, method: 'cases:list', input: {}, session: token, lang: 'zh-CN' });
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
    bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
