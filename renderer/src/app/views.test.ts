import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/names';
import { roleActions } from '../../../shared/case/actions';
import { mayCall } from '../../../shared/reference/permissions';
import { roles } from '../../../shared/reference/types';
import { viewsOf, workListOf, type ViewName } from './views';

/** The method each view reads its data by: a view is offered only to those the core serves. */
const dataOf = {
  intake: 'cases:create',
  queue: 'queues:unit',
  inbox: 'queues:supervisor',
  board: 'board:list',
  callbacks: 'queues:callback',
  cases: 'cases:list',
  search: 'search:cases',
  cards: 'sla:cards',
  wall: 'wall:get',
  slaAdmin: 'sla:policies',
  knowledge: 'knowledge:save',
  synonyms: 'synonyms:save',
  users: 'users:save',
  townSetup: 'reference:saveUnit',
  sync: 'sync:quarantine',
  assessment: 'assessment:units',
} as const satisfies Record<ViewName, MethodName>;

describe('the views each role works in', () => {
  it('are, in navigation order, the start view first', () => {
    expect(Object.fromEntries(roles.map((r) => [r, viewsOf(r)]))).toEqual({
      operator: ['intake', 'board', 'callbacks', 'cases', 'search', 'wall'],
      dispatcher: ['intake', 'board', 'cases', 'search', 'cards', 'wall'],
      supervisor: ['inbox', 'intake', 'board', 'callbacks', 'cases', 'search', 'cards', 'wall', 'slaAdmin', 'sync', 'assessment'],
      handler: ['queue', 'cases', 'search', 'assessment'],
      admin: ['board', 'cases', 'search', 'cards', 'wall', 'slaAdmin', 'knowledge', 'synonyms', 'users', 'townSetup', 'sync', 'assessment'],
    });
  });

  it('give intake only to those the core lets dispatch what they file', () => {
    for (const role of roles) expect(viewsOf(role).includes('intake'), role).toBe(roleActions(role).includes('case.dispatched'));
  });

  it('are only views whose data the core lets the role read', () => {
    for (const role of roles) for (const view of viewsOf(role)) expect(mayCall(role, dataOf[view]), `${role} ${view}`).toBe(true);
  });

  it('open F4 on the unit queue for a handler and on the dispatch board for every other role', () => {
    expect(Object.fromEntries(roles.map((r) => [r, workListOf(viewsOf(r))]))).toEqual({
      operator: 'board',
      dispatcher: 'board',
      supervisor: 'board',
      handler: 'queue',
      admin: 'board',
    });
  });
});
