import { foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import { formatHlc } from '../../shared/sync/hlc';

const registeredAt = '2026-11-01T00:00:00.000Z';

/**
 * A stored case projection for tests and benches that write the store directly: the fold of a
 * bare registration (so it has every field the fold gives a case), closed unless `over` says otherwise.
 */
export function storedRecord(id: string, over: Partial<CaseRecord>): CaseRecord {
  const registered = foldCase([
    {
      id: `E-${id}`,
      caseId: id,
      seatId: 'GH01',
      hlc: formatHlc({ wallMs: Date.parse(registeredAt), counter: 0, node: 'GH01' }),
      actorId: 'user.op01',
      type: 'case.registered',
      payload: {
        number: `GH01-${id}`,
        kind: 'help',
        urgency: 'normal',
        categoryId: 'cat.meal',
        committeeId: 'cmt.lvdi',
        caller: { phone: '', name: '' },
        address: '',
        description: '',
        registeredAt,
        filedOffline: false,
      },
    },
  ]);
  if (!registered) throw new Error('a registration always folds into a case');
  return { ...registered, status: 'closed', ...over };
}
