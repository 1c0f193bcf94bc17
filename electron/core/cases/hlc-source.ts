import { formatHlc, parseHlc, tickHlc, type Hlc } from '../../../shared/sync/hlc';

export interface HlcSource {
  /** A timestamp for a new local event, later than every one issued or stored before. */
  next(): string;
}

/** Starts from the newest timestamp in the store so a restart never issues an older clock. */
export function createHlcSource(seatId: string, latestStored: string | null, nowMs: () => number): HlcSource {
  let last: Hlc = latestStored ? { ...parseHlc(latestStored), node: seatId } : { wallMs: 0, counter: 0, node: seatId };
  return {
    next() {
      last = tickHlc(last, nowMs());
      return formatHlc(last);
    },
  };
}
