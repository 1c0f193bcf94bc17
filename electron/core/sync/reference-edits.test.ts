import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAssessmentRule } from '../../../shared/assessment/rule';
import { yearScheduleExample2027 } from '../../../shared/sla/year-schedule.example';
import { formatHlc } from '../../../shared/sync/hlc';
import { openTestCore, type CoreHarness } from '../../../tests/support/core-harness';
import { DATABASE_FILE } from '../open-core';
import { openDatabase, type DB } from '../store/db';
import { referenceOutboxBatch, referenceOutboxSize } from '../store/reference-outbox';
import { applyPull } from './apply-pull';

/**
 * Every settings edit the admin screens make at one seat, carried to another seat as the sync
 * worker carries it (the outbox read on its own connection, applied as a pull answer): each is a
 * reference record in the outbox, and each is in force at the other seat, deletions included.
 */
let a: CoreHarness;
let b: CoreHarness;
const connections: DB[] = [];
const connect = (seat: CoreHarness) => {
  const db = openDatabase(join(seat.dataDir, DATABASE_FILE));
  connections.push(db);
  return db;
};

beforeEach(async () => {
  a = await openTestCore(undefined, { seatCode: 'GH01' });
  b = await openTestCore(undefined, { seatCode: 'GH02' });
});
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
  a.close();
  b.close();
});

/** What seat A's worker would push now, handed to seat B's worker as the hub would. */
function carry(): string[] {
  const outbox = referenceOutboxBatch(connect(a), 500);
  const items = outbox.map((q, i) => ({ kind: 'reference', seq: i + 1, record: q.record }));
  const applied = applyPull(connect(b), { items, cursor: items.length, more: false, hubTime: new Date().toISOString() }, Date.now());
  expect(applied.quarantined).toBe(0);
  return outbox.map((q) => `${q.record.kind}:${q.record.id}${q.record.data === null ? ' deleted' : ''}`);
}

describe('reference edits made by the admin screens', () => {
  it('each go to the outbox with the edit, and are in force at another seat that applies them', async () => {
    const admin = await a.login('admin');
    const { policies } = await a.call('sla:policies', {}, admin);
    const latest = policies.at(-1)?.policy;
    if (!latest) throw new Error('no policy');
    const policy = await a.call('sla:savePolicy', { rules: latest.rules, dispatch: { ...latest.dispatch, high: { unit: 'minutes', amount: 10 } }, effectiveFrom: null }, admin);
    await a.call('sla:saveOverride', { date: '2026-12-01', working: false, reason: '镇庆' }, admin);
    await a.call('sla:saveOverride', { date: '2026-12-02', working: false, reason: '临时' }, admin);
    await a.call('sla:removeOverride', { date: '2026-12-02' }, admin);
    expect(await a.call('sla:loadYear', { text: yearScheduleExample2027 }, admin)).toEqual({ ok: true, year: 2027 });
    const entry = await a.call('knowledge:save', { id: null, question: '飞线充电怎么举报？', answer: '拨打 12345 或联系居委。', keywords: ['飞线充电'] }, admin);
    const gone = (await a.call('knowledge:list', {}, admin)).entries[0];
    if (!gone) throw new Error('no demo knowledge');
    await a.call('knowledge:delete', { id: gone.id }, admin);
    const group = await a.call('synonyms:save', { id: null, term: '飞线充电', forms: ['私拉电线'] }, admin);
    const rule = await a.call('assessment:saveRule', { rule: { ...defaultAssessmentRule, groupMinCalls: 7 } }, admin);

    expect(carry()).toEqual([
      `sla_policy:${policy.version}`,
      'calendar:2026-12-01',
      'calendar:2026-12-02',
      'calendar:2026-12-02 deleted',
      'calendar:year-2027',
      `knowledge:${entry.id}`,
      `knowledge:${gone.id} deleted`,
      `synonym:${group.id}`,
      `assessment_rule:${rule.version}`,
    ]);

    const other = await b.login('admin');
    const onB = (await b.call('sla:policies', {}, other)).policies.find((p) => p.policy.version === policy.version);
    expect(onB).toMatchObject({ policy: { dispatch: { high: { unit: 'minutes', amount: 10 } } }, savedBy: 'user.admin' });
    const calendar = await b.call('sla:calendar', {}, other);
    expect(calendar.overrides).toEqual([{ date: '2026-12-01', working: false, reason: '镇庆' }]);
    expect(calendar.loadedYears.map((y) => y.year)).toEqual([2027]);
    const knowledge = (await b.call('knowledge:list', {}, other)).entries;
    expect(knowledge).toContainEqual(entry);
    expect(knowledge.map((e) => e.id)).not.toContain(gone.id);
    expect((await b.call('synonyms:list', {}, other)).groups).toContainEqual(group);
    expect(await b.call('assessment:rule', {}, other)).toMatchObject({ version: rule.version, groupMinCalls: 7 });
  });

  it('keep a pulled calendar year that does not fit the calendar out of force, in the quarantine', async () => {
    const hlc = formatHlc({ wallMs: Date.now(), counter: 0, node: 'GH01' });
    const year2029 = { year: 2029, holidays: [{ date: '2029-01-01', name: '元旦' }], workdays: [], savedAt: new Date().toISOString(), savedBy: 'user.admin' };
    const item = { kind: 'reference', seq: 1, record: { kind: 'calendar', id: 'year-2029', hlc, data: year2029 } };
    const applied = applyPull(connect(b), { items: [item], cursor: 1, more: false, hubTime: new Date().toISOString() }, Date.now());
    expect(applied).toMatchObject({ references: 0, quarantined: 1 });
    const other = await b.login('admin');
    expect((await b.call('sla:calendar', {}, other)).loadedYears).toEqual([]);
    expect(await b.call('sync:quarantine', {}, other)).toMatchObject([{ direction: 'pull', reason: 'invalid', detail: expect.stringMatching(/^calendar year-2029: (?!not the shape)/) }]);
  });

  it('leave nothing in the outbox when the edit is refused', async () => {
    const admin = await a.login('admin');
    expect(await a.raw('knowledge:delete', { id: 'kb.nothing' }, admin)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await a.raw('synonyms:save', { id: null, term: '违章搭建', forms: ['违建'] }, admin)).toMatchObject({ ok: false, error: { code: 'synonym_taken' } });
    await a.call('sla:removeOverride', { date: '2030-01-01' }, admin);
    expect(referenceOutboxSize(connect(a))).toBe(0);
  });
});
