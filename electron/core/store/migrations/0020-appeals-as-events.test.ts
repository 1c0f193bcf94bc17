import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { CaseEvent } from '../../../../shared/case/events';
import { foldCase } from '../../../../shared/case/fold';
import { CASE_ID, registration } from '../../../../tests/support/play-case';
import { migrate } from '../migrate';

it('turns the appeals a seat kept only in its ledger into events of their cases (version 20)', () => {
  const db = new Database(':memory:');
  migrate(db, 19);
  db.prepare("INSERT INTO meta (key, value) VALUES ('seat.code', 'GH01')").run();
  const reg = registration();
  db.prepare('INSERT INTO events (id, case_id, seat_id, hlc, actor_id, type, payload) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    reg.id, reg.caseId, reg.seatId, reg.hlc, reg.actorId, reg.type, JSON.stringify(reg.payload),
  );
  const appeal = db.prepare(
    `INSERT INTO assessment_appeals (id, deduction_id, case_id, unit_id, reason, appealed_at, appealed_by, ruling, ruling_note, ruled_at, ruled_by)
     VALUES (?, ?, ?, 'unit.a', ?, ?, 'user.handlerA', ?, ?, ?, ?)`,
  );
  appeal.run('01JM0000000000000000000001', `card:${CASE_ID}:reply:0`, CASE_ID, '已按时联系，系统漏记', '2025-11-25T02:00:00.000Z', 'overturned', '核实属实', '2025-11-25T03:00:00.000Z', 'user.supervisor');
  appeal.run('01JM0000000000000000000002', `hasty:${CASE_ID}:copied_reply`, CASE_ID, '答复内容不同', '2025-11-25T04:00:00.000Z', null, null, null, null);

  migrate(db, 20);

  const events = db
    .prepare<[], { id: string; case_id: string; seat_id: string; hlc: string; actor_id: string; type: string; payload: string }>('SELECT * FROM events ORDER BY seq')
    .all()
    .map((r) => CaseEvent.parse({ id: r.id, caseId: r.case_id, seatId: r.seat_id, hlc: r.hlc, actorId: r.actor_id, type: r.type, payload: JSON.parse(r.payload) }));
  expect(events.map((e) => e.type)).toEqual(['case.registered', 'case.appealed', 'case.appeal_ruled', 'case.appealed']);
  const record = foldCase(events);
  expect(record?.appeals?.map((a) => [a.id, a.reason, a.at, a.by, a.ruling?.ruling ?? null, a.ruling?.note ?? null])).toEqual([
    ['01JM0000000000000000000001', '已按时联系，系统漏记', '2025-11-25T02:00:00.000Z', 'user.handlerA', 'overturned', '核实属实'],
    ['01JM0000000000000000000002', '答复内容不同', '2025-11-25T04:00:00.000Z', 'user.handlerA', null, null],
  ]);
  expect(db.prepare('SELECT case_id FROM projection_pending').all()).toEqual([{ case_id: CASE_ID }]);

  // Run again (a migration interrupted after its events were written): nothing is doubled.
  db.pragma('user_version = 19');
  migrate(db, 20);
  expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 4 });
  db.close();
});

it('leaves a store without appeals as it was (version 20)', () => {
  const db = new Database(':memory:');
  migrate(db, 20);
  expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  db.close();
});
