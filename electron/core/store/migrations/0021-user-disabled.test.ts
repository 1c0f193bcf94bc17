import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate } from '../migrate';

it('keeps every account usable, none switched off, when it adds the mark (version 21)', () => {
  const db = new Database(':memory:');
  migrate(db, 20);
  db.prepare("INSERT INTO users (id, username, display_name, role, unit_id, password_hash) VALUES ('user.op01', 'op01', '话务员', 'operator', NULL, 'x')").run();
  migrate(db, 21);
  expect(db.prepare('SELECT username, disabled FROM users').all()).toEqual([{ username: 'op01', disabled: 0 }]);
  expect(() => db.prepare("UPDATE users SET disabled = 2 WHERE id = 'user.op01'").run()).toThrow(/CHECK/);
  db.close();
});
