import { formatHlc, HlcError, parseHlc, receiveHlc, tickHlc, type Hlc } from '../../../shared/sync/hlc';

export interface HlcSource {
  /** A timestamp for a new local event, later than every one issued or stored before. */
  next(): string;
  /**
   * A peer's event arrived: later local events sort after it. A clock more than five minutes
   * ahead of ours is not followed (false); the event is still stored, and the link state warns.
   */
  receive(remote: string): boolean;
}

/** Starts from the newest timestamp in the store so a restart never issues an older clock. */
export function createHlcSource(seatId: string, latestStored: string | null, nowMs: () => number): HlcSource {
  let last: Hlc = latestStored ? { ...parseHlc(latestStored), node: seatId } : { wallMs: 0, counter: 0, node: seatId };
  return {
    next() {
      last = tickHlc(last, nowMs());
      return formatHlc(last);
    },
    receive(remote) {
      try {
        last = receiveHlc(last, parseHlc(remote), nowMs());
        return true;
      } catch (error) {
        if (error instanceof HlcError && error.code === 'hlc_drift') return false;
        throw error;
      }
    },
  };
}
