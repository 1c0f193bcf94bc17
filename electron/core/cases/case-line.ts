import type { CaseLine } from '../../../shared/api/methods/case-line';
import type { CaseRecord } from '../../../shared/case/record';

export function caseLine(c: CaseRecord): CaseLine {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    registeredAt: c.registeredAt,
    kind: c.kind,
    categoryId: c.categoryId,
    committeeId: c.committeeId,
    responsibleUnitId: c.responsibleUnitId,
    callerName: c.caller.name,
    address: c.address,
    description: c.description,
  };
}
