import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../reference/types';
import { moveArb, play, playMoves } from '../../tests/support/play-case';
import { maySeeCase, viewerOf } from './visibility';

/** One case, every relation: dispatched to unit.a, returned to unit.b, which whistled unit.c in. */
const { record } = play([
  { type: 'case.dispatched', actor: 'dispatcher', payload: { unitId: 'unit.a', note: '' } },
  { type: 'case.return_requested', actor: 'handlerA', payload: { reason: 'not_our_area', note: '不属本辖区' } },
  { type: 'case.return_ruled', actor: 'supervisor', payload: { approved: true, note: '', redispatchToUnitId: 'unit.b' } },
  { type: 'case.accepted', actor: 'handlerB', payload: { unitId: 'unit.b' } },
  { type: 'case.whistled', actor: 'handlerB', payload: { unitIds: ['unit.c'], question: '请协助核实' } },
]);

const relations = { responsible: 'unit.b', whistled: 'unit.c', formerHolder: 'unit.a', unrelated: 'unit.d', noUnit: null } as const;

describe('who may see a case', () => {
  it('is set up with every relation', () => {
    expect(record).toMatchObject({ responsibleUnitId: 'unit.b', whistles: [{ unitId: 'unit.c' }] });
    expect(record.custody.map((s) => s.unitId)).toEqual(['unit.a', 'unit.b']);
  });

  for (const role of roles) {
    for (const [relation, unitId] of Object.entries(relations)) {
      // The hotline centre sees its whole town; a handler what its unit is or was involved in.
      const expected = role !== 'handler' || relation === 'responsible' || relation === 'whistled' || relation === 'formerHolder';
      it(`${role}, ${relation}: ${expected ? 'sees it' : 'does not'}`, () => {
        expect(maySeeCase(viewerOf({ role, unitId }), record)).toBe(expected);
      });
    }
  }

  it('never takes a case out of the view of a unit once involved, whatever happens next', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 40 }), (steps) => {
        const { history } = playMoves(steps);
        for (const unitId of ['unit.a', 'unit.b', 'unit.c']) {
          const viewer = viewerOf({ role: 'handler', unitId });
          const first = history.findIndex((r) => maySeeCase(viewer, r));
          if (first >= 0) expect(history.slice(first).every((r) => maySeeCase(viewer, r))).toBe(true);
        }
        expect(maySeeCase(viewerOf({ role: 'handler', unitId: null }), history.at(-1) ?? record)).toBe(false);
      }),
      { seed: 10, numRuns: 200 },
    );
  });
});
