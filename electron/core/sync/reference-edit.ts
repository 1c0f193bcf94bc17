import type { ReferenceRecord } from '../../../shared/sync/wire';
import type { CoreContext } from '../context';
import { queueReferenceEdit } from '../store/reference-outbox';
import { applyReferenceRecord, referenceRecord } from '../store/reference-records';

/**
 * An admin's edit of reference data at this seat, as a record version: stamped by this seat's
 * HLC, merged into its own records (so a pulled older version of the record loses to it) and
 * queued for the sync worker to push. Call it inside the edit's transaction: the edit, the record
 * and the outbox row commit together or not at all.
 */
export function recordReferenceEdit(ctx: Pick<CoreContext, 'db' | 'hlc'>, kind: ReferenceRecord['kind'], id: string, data: Record<string, unknown> | null): ReferenceRecord {
  const current = referenceRecord(ctx.db, kind, id);
  // A version from a seat whose clock ran ahead: this edit is later than it, as the admin meant.
  if (current) ctx.hlc.receive(current.hlc);
  const record: ReferenceRecord = { kind, id, hlc: ctx.hlc.next(), data };
  applyReferenceRecord(ctx.db, record);
  queueReferenceEdit(ctx.db, record);
  return record;
}
