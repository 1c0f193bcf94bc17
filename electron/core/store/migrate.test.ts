import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, WAL_AUTOCHECKPOINT_PAGES, type DB } from './db';
import { latestSchemaVersion, migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'lianxin-migrate-')), 'lianxin.db');
const tables = (db: DB) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
const plan = (db: DB, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

/** Rows a user of each schema version would have, to prove the next migration keeps them. */
const dataAtVersion: Record<number, (db: DB) => void> = {
  1: (db) => {
    db.prepare("INSERT INTO committees VALUES ('cmt.lvdi', '绿地居委', 'residential')").run();
    db.prepare("INSERT INTO units VALUES ('unit.lvdi', '绿地居委会', 'committee', 'cmt.lvdi')").run();
    db.prepare("INSERT INTO categories VALUES ('cat.meal', '助餐', NULL, 0)").run();
    db.prepare("INSERT INTO users (id, username, display_name, role, unit_id, password_hash) VALUES ('u1', 'op01', '王', 'operator', NULL, 'x')").run();
  },
  2: (db) => {
    db.prepare(
      "INSERT INTO events (id, case_id, seat_id, hlc, actor_id, type, payload) VALUES ('E1', 'C1', 'GH01', 'h', 'u1', 'case.registered', '{}')",
    ).run();
    db.prepare(
      "INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record) VALUES ('C1', 'GH01-20261126-0001', 'registered', NULL, '2026-11-26T00:00:00Z', 'h', '{}')",
    ).run();
    db.prepare(
      `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record) VALUES ('C2', 'GH01-20261126-0002', 'registered', NULL, '2026-11-26T01:00:00Z', 'h',
        '{"caller":{"phone":"+8613800138000","name":"张阿姨"},"address":"金高路1号","description":"老人吃饭难","committeeId":"cmt.lvdi","categoryId":"cat.meal"}')`,
    ).run();
  },
  3: (db) => {
    db.prepare("INSERT INTO knowledge VALUES ('kb.1', '助餐点在哪里？', '东靖路。', '[\"助餐\"]', 1, '2026-11-26T00:00:00Z', 'u1')").run();
    db.prepare(
      "INSERT INTO emergency_transfers VALUES ('T1', 'GH01', 'h', 'u1', '119', NULL, '着火了', '[\"着火\"]')",
    ).run();
  },
  4: (db) => {
    db.prepare("INSERT INTO case_whistles (unit_id, case_id) VALUES ('unit.lvdi', 'C1')").run();
  },
  5: (db) => {
    db.prepare(
      "INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, registered_at, policy_version) VALUES ('C1', 'GH01-20261126-0001', 'dispatched', 1, 'help', 'normal', 'cat.meal', 'cmt.lvdi', '2026-11-26T00:00:00Z', 1)",
    ).run();
    db.prepare(
      "INSERT INTO case_clocks (case_id, clock, started_at, kind, deadline, warn_at, red_after, card_level) VALUES ('C1', 'accept', '2026-11-26T00:00:00Z', 'accept', '2026-11-27T16:00:00Z', '2026-11-27T08:00:00Z', '2026-11-29T08:00:00Z', 0)",
    ).run();
  },
  6: (db) => {
    db.prepare(
      "INSERT INTO case_sla (case_id, number, status, open, kind, urgency, category_id, committee_id, unit_id, registered_at, policy_version, next_clock, next_started_at, next_deadline, next_unit_id) VALUES ('C2', 'GH01-20261126-0002', 'accepted', 1, 'help', 'urgent', 'cat.meal', 'cmt.lvdi', 'unit.lvdi', '2026-11-26T01:00:00Z', 1, 'reply', '2026-11-26T02:00:00Z', '2026-12-03T16:00:00Z', 'unit.lvdi')",
    ).run();
  },
  11: (db) => {
    db.prepare("UPDATE sync_state SET hub_url = 'http://127.0.0.1:1', cursor = 7, pushed_through = 1 WHERE id = 1").run();
    db.prepare("INSERT INTO sync_quarantine (direction, hub_seq, event_id, reason, detail, item, at) VALUES ('pull', 3, NULL, 'invalid', 'x', '{}', '2026-12-01T00:00:00Z')").run();
    db.prepare("INSERT INTO reference_records VALUES ('unit', 'unit.lvdi', 'h', '{}')").run();
    db.prepare("INSERT INTO skewed_events VALUES ('E1', 420000)").run();
  },
  14: (db) => {
    db.prepare(
      "INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record) VALUES ('C4', 'GH01-20261201-0001', 'closed', 'unit.lvdi', '2026-12-01T00:00:00Z', 'h', '{}')",
    ).run();
    db.prepare(
      "INSERT INTO assessment_facts VALUES ('C4', 'unit.lvdi', '2026-12-01T00:00:00Z', 'closed', 1, 1, 'satisfied', '2026-12-02T00:00:00Z', 2, 0)",
    ).run();
    db.prepare("INSERT INTO assessment_rulings VALUES ('C4', 0, 'unit.lvdi', 'extension', 1)").run();
  },
};

/**
 * Derived tables a migration rebuilds from the cases, so their rows may differ: an index replaced
 * by another, or a work queue refilled (12 queues every case for indexing once more).
 */
const replacedAt: Record<number, readonly string[]> = { 10: ['case_whistles'], 12: ['search_pending'] };

describe('schema migrations', () => {
  it('are numbered in increasing order, one per version', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('bring an empty database to the latest version with WAL and full sync', () => {
    const db = openDatabase(tempFile());
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['meta', 'committees', 'units', 'categories', 'routing_rules', 'users', 'events', 'cases', 'seat_sequences', 'knowledge', 'emergency_transfers', 'case_text', 'case_grams']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    db.close();
  });

  for (const m of migrations.filter((x) => x.version > 1)) {
    it(`take a version ${m.version - 1} database with data in it to version ${m.version}, keeping the data`, () => {
      const db = new Database(tempFile());
      // Each version's data is written while the store is at that version, as a seat in the field would have.
      for (let v = 1; v < m.version; v++) {
        migrate(db, v);
        dataAtVersion[v]?.(db);
      }
      const before = Object.fromEntries(tables(db).map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
      migrate(db, m.version);
      expect(schemaVersion(db)).toBe(m.version);
      // A migration may add columns (generated ones show in SELECT *), never change or drop a value.
      for (const [table, rows] of Object.entries(before)) {
        if (replacedAt[m.version]?.includes(table)) continue;
        const after = db.prepare(`SELECT * FROM ${table}`).all();
        expect(after).toHaveLength(rows.length);
        expect(after).toMatchObject(rows);
      }
      dataAtVersion[m.version]?.(db);
      if (m.version === 3) {
        // Cases filed before search existed are indexed by the migration itself.
        expect(db.prepare(`SELECT rowid FROM case_text WHERE case_text MATCH '"吃饭难"'`).all()).toHaveLength(1);
        expect(db.prepare(`SELECT rowid FROM case_grams WHERE case_grams MATCH '"老人"'`).all()).toHaveLength(1);
        expect(db.prepare('SELECT caller_phone FROM cases WHERE id = ?').get('C2')).toEqual({ caller_phone: '+8613800138000' });
      }
      if (m.version === 12) {
        // Every stored case is queued once, so the indexer writes the callers' numbers into search.
        const queued = db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number };
        const cases = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
        expect(cases.n).toBeGreaterThan(0);
        expect(queued.n).toBe(cases.n);
        expect(tables(db)).toContain('synonyms');
      }
      db.close();
    });
  }

  it('index the units already whistled into cases when the loop tables arrive (version 4)', () => {
    const db = new Database(tempFile());
    migrate(db, 2);
    dataAtVersion[1]?.(db);
    db.prepare(
      `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
       VALUES ('C2', 'GH02-20261126-0001', 'accepted', 'unit.zhucan', '2026-11-26T00:00:00Z', 'h', ?)`,
    ).run(JSON.stringify({ needsSupervisor: false, whistles: [{ unitId: 'unit.lvdi' }, { unitId: 'unit.laoling' }] }));
    migrate(db, 4);
    expect(db.prepare('SELECT unit_id, case_id FROM case_whistles ORDER BY unit_id').all()).toEqual([
      { unit_id: 'unit.laoling', case_id: 'C2' },
      { unit_id: 'unit.lvdi', case_id: 'C2' },
    ]);
    db.close();
  });

  it('list every unit involved in a case when visibility gets its own index (version 10)', () => {
    const db = new Database(tempFile());
    migrate(db, 9);
    const record = {
      responsibleUnitId: 'unit.zhucan',
      dispatches: [{ unitId: 'unit.laoling' }, { unitId: 'unit.laoling' }],
      custody: [{ unitId: 'unit.laoling' }, { unitId: 'unit.zhucan' }],
      whistles: [{ unitId: 'unit.lvdi' }],
    };
    db.prepare(
      `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
       VALUES ('C3', 'GH02-20261126-0002', 'accepted', 'unit.zhucan', '2026-11-26T00:00:00Z', 'h', ?)`,
    ).run(JSON.stringify(record));
    migrate(db, 10);
    const units = db.prepare("SELECT unit_id FROM case_units WHERE case_id = 'C3' ORDER BY unit_id").pluck().all();
    // What involvedUnitIds gives for this record: each unit once, whatever relation brought it in.
    expect(units).toEqual(['unit.laoling', 'unit.lvdi', 'unit.zhucan']);
    expect(tables(db)).not.toContain('case_whistles');
    db.close();
  });

  it('fill the assessment facts from the cases already stored (version 14)', () => {
    const db = new Database(tempFile());
    migrate(db, 13);
    const record = {
      evaluation: { resolved: true, satisfaction: 'basically_satisfied', cause: null, note: '', at: '2026-11-28T00:00:00Z' },
      repeatCalls: [{ caseId: 'C9', number: 'n', at: '2026-11-27T00:00:00Z' }],
      reopenCount: 1,
      rulings: [{ type: 'return', unitId: 'unit.lvdi', approved: false }, { type: 'extension', unitId: 'unit.zhucan', approved: true }],
    };
    db.prepare(
      `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
       VALUES ('C3', 'GH02-20261126-0002', 'closed', 'unit.zhucan', '2026-11-26T00:00:00Z', 'h', ?)`,
    ).run(JSON.stringify(record));
    db.prepare(
      `INSERT INTO cases (id, number, status, responsible_unit_id, registered_at, last_hlc, record)
       VALUES ('C4', 'GH02-20261126-0003', 'registered', NULL, '2026-11-26T01:00:00Z', 'h', '{"rulings":[]}')`,
    ).run();
    migrate(db, 14);
    expect(db.prepare('SELECT * FROM assessment_facts ORDER BY case_id').all()).toEqual([
      { case_id: 'C3', unit_id: 'unit.zhucan', registered_at: '2026-11-26T00:00:00Z', status: 'closed', evaluated: 1, resolved: 1,
        satisfaction: 'basically_satisfied', evaluated_at: '2026-11-28T00:00:00Z', calls: 2, reopens: 1 },
      { case_id: 'C4', unit_id: null, registered_at: '2026-11-26T01:00:00Z', status: 'registered', evaluated: 0, resolved: null,
        satisfaction: null, evaluated_at: null, calls: 1, reopens: 0 },
    ]);
    expect(db.prepare('SELECT * FROM assessment_rulings ORDER BY n').all()).toEqual([
      { case_id: 'C3', n: 0, unit_id: 'unit.lvdi', type: 'return', approved: 0 },
      { case_id: 'C3', n: 1, unit_id: 'unit.zhucan', type: 'extension', approved: 1 },
    ]);
    db.close();
  });

  it('fold the responsible unit’s accept, contact and reply clocks into the assessment facts, and keep them in step (version 17)', () => {
    const db = new Database(tempFile());
    migrate(db, 14);
    db.prepare("INSERT INTO assessment_facts VALUES ('C5', 'unit.zhucan', '2026-11-26T00:00:00Z', 'contacted', 0, NULL, NULL, NULL, 1, 0)").run();
    const clock = db.prepare(
      `INSERT INTO case_clocks (case_id, clock, started_at, kind, unit_id, deadline, warn_at, red_after, ended_at, card_level, card_at)
       VALUES ('C5', ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)`,
    );
    // Accepted late; contacted on time; a reply clock running; another unit's accept clock, which is not the holder's.
    clock.run('accept', '2026-11-26T00:00:00Z', 'accept', 'unit.zhucan', '2026-11-26T01:00:00Z', 'w', 'r', '2026-11-26T02:00:00Z');
    clock.run('firstContact', '2026-11-26T00:00:00Z', 'firstContact', 'unit.zhucan', '2026-11-27T00:00:00Z', 'w', 'r', '2026-11-26T05:00:00Z');
    clock.run('reply', '2026-11-26T00:00:00Z', 'reply', 'unit.zhucan', '2026-12-03T00:00:00Z', 'w', 'r', null);
    clock.run('accept', '2026-11-25T00:00:00Z', 'accept', 'unit.lvdi', '2026-11-25T01:00:00Z', 'w', 'r', null);
    migrate(db, 17);
    const facts = () =>
      db.prepare(
        `SELECT accept_has, accept_late_ended, accept_running_deadline, contact_has, contact_late_ended, contact_running_deadline,
           reply_has, reply_late_ended, reply_running_deadline FROM assessment_facts WHERE case_id = 'C5'`,
      ).get();
    expect(facts()).toEqual({
      accept_has: 1, accept_late_ended: 1, accept_running_deadline: null,
      contact_has: 1, contact_late_ended: 0, contact_running_deadline: null,
      reply_has: 1, reply_late_ended: 0, reply_running_deadline: '2026-12-03T00:00:00Z',
    });
    // The reply ends late: the facts follow the clock row; the case goes to 绿地居委会: they follow the unit.
    db.prepare("UPDATE case_clocks SET ended_at = '2026-12-04T00:00:00Z' WHERE case_id = 'C5' AND kind = 'reply'").run();
    expect(facts()).toMatchObject({ reply_late_ended: 1, reply_running_deadline: null });
    db.prepare("UPDATE assessment_facts SET unit_id = 'unit.lvdi' WHERE case_id = 'C5'").run();
    expect(facts()).toMatchObject({ accept_has: 1, accept_late_ended: 0, accept_running_deadline: '2026-11-25T01:00:00Z', reply_has: 0 });
    db.close();
  });

  it('give a store enrolled before version 18 an empty reference outbox, and keep its enrollment as a seat that is no admin seat', () => {
    const db = new Database(tempFile());
    migrate(db, 17);
    db.prepare("UPDATE sync_state SET hub_url = 'http://hub', seat_id = 's1', seat_code = 'GH01', town_id = 't', scope = '{\"scope\":\"town\"}', cursor = 42").run();
    migrate(db, 18);
    expect(db.prepare('SELECT hub_url, cursor, admin FROM sync_state').all()).toEqual([{ hub_url: 'http://hub', cursor: 42, admin: 0 }]);
    expect(db.prepare('SELECT count(*) AS n FROM reference_outbox').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO reference_outbox (kind, id, hlc, data) VALUES ('synonym', 'syn.1', 'h', NULL)").run();
    expect(() => db.prepare("INSERT INTO reference_outbox (kind, id, hlc, data) VALUES ('synonym', 'syn.1', 'h', 'not json')").run()).toThrow();
    db.close();
  });

  it('serve the supervisor inbox and a main case’s merged duplicates from their indexes', () => {
    const db = openDatabase(tempFile());
    const inbox = plan(db, "SELECT record FROM cases WHERE json_extract(record, '$.needsSupervisor') = 1 ORDER BY registered_at, id");
    expect(inbox).toMatch(/cases_supervisor_inbox/);
    expect(inbox).not.toMatch(/TEMP B-TREE/);
    expect(
      plan(db, "SELECT record FROM cases WHERE status = 'merged' AND json_extract(record, '$.mergedIntoCaseId') = 'C1'"),
    ).toMatch(/cases_merged_into/);
    db.close();
  });

  it('start a store that predates sync with nothing pushed, nothing pulled and the link unenrolled (version 11)', () => {
    const db = new Database(tempFile());
    migrate(db, 9);
    for (let v = 1; v <= 9; v++) dataAtVersion[v]?.(db);
    migrate(db, 11);
    expect(db.prepare('SELECT hub_url, cursor, pushed_through FROM sync_state').all()).toEqual([{ hub_url: null, cursor: 0, pushed_through: 0 }]);
    // The outbox is read by the events' primary key, with no index added to every save.
    expect(plan(db, "SELECT id FROM events WHERE seq > 0 AND seat_id = 'GH01' ORDER BY seq LIMIT 500")).toMatch(/USING INTEGER PRIMARY KEY/);
    db.close();
  });

  it('refuse a database written by a newer Lianxin, and leave it untouched', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`);
    newer.close();
    expect(() => openDatabase(file)).toThrow(/newer Lianxin/);
    const check = new Database(file);
    expect(schemaVersion(check)).toBe(latestSchemaVersion + 1);
    expect(tables(check)).toEqual([]);
    check.close();
  });

  it('serve the case list and a case history from their indexes', () => {
    const db = openDatabase(tempFile());
    const newest = plan(db, 'SELECT record FROM cases ORDER BY registered_at DESC, id DESC LIMIT 50');
    expect(newest).toMatch(/cases_registered/);
    const byStatus = plan(
      db,
      "SELECT record FROM cases WHERE status = 'registered' ORDER BY registered_at DESC, id DESC LIMIT 50",
    );
    expect(byStatus).toMatch(/cases_status_registered/);
    for (const p of [newest, byStatus]) expect(p).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, "SELECT * FROM events WHERE case_id = 'C1' ORDER BY hlc, id")).toMatch(/events_case/);
    // Every start reads the newest timestamp: one step down an index, not a scan of every event.
    expect(plan(db, 'SELECT max(hlc) AS hlc FROM events')).toMatch(/SEARCH events USING COVERING INDEX events_hlc/);
    // A unit's list starts from the unit's rows of the visibility index, not a scan of the town.
    const unitList = plan(db, "SELECT record FROM cases WHERE id IN (SELECT case_id FROM case_units WHERE unit_id = 'u') ORDER BY registered_at DESC LIMIT 50");
    expect(unitList).toMatch(/SEARCH case_units USING COVERING INDEX case_units_unit/);
    expect(unitList).toMatch(/SEARCH cases USING INDEX sqlite_autoindex_cases_1/);
    const history = plan(db, "SELECT record FROM cases WHERE caller_phone = '+8613800138000' ORDER BY registered_at DESC LIMIT 20");
    expect(history).toMatch(/cases_caller_phone/);
    expect(history).not.toMatch(/TEMP B-TREE/);
    // Repeat calls: a week of the registration index, newest first, then the matching cases by key.
    const repeats = plan(
      db,
      `SELECT c.record FROM case_sla s JOIN cases c ON c.id = s.case_id
       WHERE s.committee_id = 'a' AND s.category_id = 'b' AND s.registered_at >= '2026' AND c.status NOT IN ('closed')
       ORDER BY s.registered_at DESC LIMIT 200`,
    );
    expect(repeats).toMatch(/COVERING INDEX case_sla_registered/);
    expect(repeats).toMatch(/SEARCH c USING INDEX sqlite_autoindex_cases_1/);
    expect(repeats).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('serve the board, the wall display and the supervision scheduler from their indexes', () => {
    const db = openDatabase(tempFile());
    const now = "'2026-11-26T00:00:00Z'";
    const board = plan(db, 'SELECT case_id FROM case_sla WHERE open = 1 ORDER BY next_deadline NULLS LAST');
    expect(board).toMatch(/case_sla_board/);
    expect(board).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, `SELECT count(*) FROM case_clocks WHERE ended_at IS NULL AND deadline < ${now}`)).toMatch(/case_clocks_running/);
    // Today's intake, the 7-day trend and the hotspots are read from one index alone.
    expect(plan(db, `SELECT count(*) FROM case_sla WHERE registered_at >= ${now}`)).toMatch(/COVERING INDEX case_sla_registered/);
    expect(
      plan(db, `SELECT committee_id, category_id, count(*) FROM case_sla WHERE registered_at >= ${now} GROUP BY committee_id, category_id`),
    ).toMatch(/COVERING INDEX case_sla_registered/);
    expect(
      plan(db, "SELECT status, count(*) FROM cases WHERE status IN ('registered', 'dispatched', 'accepted') GROUP BY status"),
    ).toMatch(/COVERING INDEX cases_status_registered/);
    // The unit ranking and the replies per day read the counts kept per day, a month of them by key.
    expect(plan(db, "SELECT unit_id, sum(replies) FROM reply_clock_days WHERE day >= '2026-11-01' GROUP BY unit_id")).toMatch(
      /SEARCH reply_clock_days USING PRIMARY KEY \(day>\?\)/,
    );
    expect(plan(db, `SELECT * FROM supervision_cards WHERE at >= ${now}`)).toMatch(/supervision_cards_at/);
    db.close();
  });
});
