import { writeTransaction, type DB } from '../store/db';
import { caseIdsWithoutSla } from '../store/case-sla';
import { getCaseRecord } from '../store/cases';
import { getMeta, setMeta } from '../store/meta';
import { refreshCaseSla } from './refresh-case-sla';

const doneKey = 'sla.backfilled';

/**
 * Gives cases filed before SLA clocks existed their deadlines, in one transaction, once per
 * store: afterwards every commit keeps them, so later starts skip the scan.
 */
export function backfillCaseSla(store: DB): number {
  if (getMeta(store, doneKey) !== null) return 0;
  return writeTransaction(store, (db) => {
    setMeta(db, doneKey, 'true');
    let count = 0;
    for (const id of caseIdsWithoutSla(db)) {
      const record = getCaseRecord(db, id);
      if (!record) continue;
      refreshCaseSla(db, record);
      count++;
    }
    return count;
  }).immediate();
}
