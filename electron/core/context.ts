import type { PushEventName } from '../../shared/api/names';
import type { DB } from './store/db';
import type { HlcSource } from './cases/hlc-source';
import type { Projector } from './cases/projector';
import type { SearchIndexer } from './search/search-indexer';
import type { SeatSync } from './sync/seat-sync';

/** What every domain service gets: the store, this seat's identity and clock, and the push stream. */
export interface CoreContext {
  readonly db: DB;
  readonly seatId: string;
  readonly hlc: HlcSource;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly publish: (event: PushEventName, payload: unknown) => void;
  /** Search indexing runs just after saves; a search flushes it first. */
  readonly searchIndex: SearchIndexer;
  /** New cases are projected just after their save; every read flushes it first (api/call.ts). */
  readonly projections: Projector;
  /** The link to the hub; its worker thread pushes and pulls, nobody here waits for it. */
  readonly sync: SeatSync;
}
