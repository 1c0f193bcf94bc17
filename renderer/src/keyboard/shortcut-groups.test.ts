import { describe, expect, it } from 'vitest';
import { roles } from '../../../shared/reference/types';
import { shortcutGroupsFor } from './shortcut-groups';
import { shortcuts, type ShortcutName } from './shortcuts';

const keysOf = (role: Parameters<typeof shortcutGroupsFor>[0]) => shortcutGroupsFor(role).flatMap((g) => g.keys);

describe('the shortcuts a role is shown', () => {
  it('give a handler its queue and its case actions, and none of intake, the board or a supervisor’s rulings', () => {
    const groups = shortcutGroupsFor('handler');
    expect(groups.map((g) => g.name)).toEqual(['everywhere', 'case', 'assessment']);
    const keys = keysOf('handler');
    expect(keys).toEqual(expect.arrayContaining(['unitQueue', 'accept', 'contact', 'reply', 'extension', 'help']));
    for (const other of ['newCase', 'save', 'board', 'inbox', 'wall', 'rule', 'supervise', 'evaluate'] as const) expect(keys).not.toContain(other);
  });

  it('give an operator intake’s keys and the callbacks it makes, not a supervisor’s rulings', () => {
    const groups = shortcutGroupsFor('operator');
    expect(groups.map((g) => g.name)).toContain('intake');
    const keys = keysOf('operator');
    expect(keys).toEqual(expect.arrayContaining(['newCase', 'save', 'acceptCategory', 'callbacks', 'evaluate']));
    expect(keys).not.toContain('rule');
  });

  it('show the dispatch key of an undispatched case to the roles that dispatch, and not to a handler', () => {
    expect(shortcutGroupsFor('dispatcher').find((g) => g.name === 'case')?.keys).toContain('dispatchCase');
    expect(keysOf('handler')).not.toContain('dispatchCase');
  });

  it('list each key once per role, and every key for some role', () => {
    const shown = new Set<ShortcutName>();
    for (const role of roles) {
      const keys = keysOf(role);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) shown.add(k);
    }
    expect([...shown].sort()).toEqual((Object.keys(shortcuts) as ShortcutName[]).sort());
  });
});
