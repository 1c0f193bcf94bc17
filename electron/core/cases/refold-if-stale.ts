import { FOLD_VERSION } from '../../../shared/case/fold';
import type { DB } from '../store/db';
import { getMeta, setMeta } from '../store/meta';
import { rebuildProjections, type RebuildReport } from './rebuild-projections';

const versionKey = 'fold.version';

/**
 * A store whose projections were folded by another version of the fold is refolded from its
 * events before anything reads them: the events are the truth, the projections only a cache.
 */
export function refoldIfStale(db: DB): RebuildReport | null {
  if (getMeta(db, versionKey) === String(FOLD_VERSION)) return null;
  const report = rebuildProjections(db, { write: true });
  setMeta(db, versionKey, String(FOLD_VERSION));
  return report;
}
