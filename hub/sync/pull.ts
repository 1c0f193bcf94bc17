import { MAX_PULL_ITEMS } from '../../shared/sync/wire';
import { inTransaction, type Pool } from '../store/db';
import { townHighWater, townStream, unitStream, type StreamRow } from '../store/pull';
import type { SeatRow } from '../store/seats';

export interface PullPage {
  /** The items as JSON text, already in wire form: stored validated, sent without a second parse. */
  readonly items: readonly StreamRow[];
  readonly cursor: number;
  readonly more: boolean;
}

/**
 * What the seat may receive after its cursor. Read in one snapshot: the sequencer guarantees that
 * a snapshot holding number N holds every number below N, so a cursor taken from it never skips.
 * When the page is not full the cursor moves to the town's high-water mark, so a unit seat does
 * not scan the other units' events again on its next pull.
 */
export function pullPage(pool: Pool, seat: SeatRow, after: number, limit = MAX_PULL_ITEMS): Promise<PullPage> {
  const n = Math.max(1, Math.min(limit, MAX_PULL_ITEMS));
  return inTransaction(
    pool,
    async (db) => {
      const rows =
        seat.scope.scope === 'unit'
          ? await unitStream(db, seat.townId, seat.scope.unitId, after, n + 1)
          : await townStream(db, seat.townId, after, n + 1);
      const more = rows.length > n;
      const items = rows.slice(0, n);
      const last = items.at(-1)?.seq ?? after;
      const cursor = more ? last : Math.max(last, await townHighWater(db, seat.townId));
      return { items, cursor, more };
    },
    'ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** The response body, written by hand around the stored JSON so a large page is not parsed and re-serialised. */
export function pullResponseJson(page: PullPage, hubTime: string): string {
  const items = page.items.map((i) => {
    const skew = i.skewMs === null ? '' : `,"skewMs":${i.skewMs}`;
    return `{"kind":"${i.kind}","seq":${i.seq},"${i.kind === 'event' ? 'event' : 'record'}":${i.body}${skew}}`;
  });
  return `{"items":[${items.join(',')}],"cursor":${page.cursor},"more":${page.more},"hubTime":"${hubTime}"}`;
}
