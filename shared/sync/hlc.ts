/**
 * Hybrid logical clock (Kulkarni et al.), encoded as a string that sorts the same way the clock
 * does: 15-digit wall milliseconds, 4-hex-digit counter, node (seat) id. Pure: callers pass the
 * wall time in, so tests and the sync worker control it.
 */
export interface Hlc {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

const MAX_COUNTER = 0xffff;
/** A remote clock further ahead than this is refused rather than dragging ours along. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

export class HlcError extends Error {
  constructor(
    readonly code: 'hlc_counter_overflow' | 'hlc_drift' | 'hlc_malformed',
    message: string,
  ) {
    super(message);
  }
}

export function formatHlc(h: Hlc): string {
  return `${h.wallMs.toString().padStart(15, '0')}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`;
}

const HLC_PATTERN = /^(\d{15})-([0-9a-f]{4})-([A-Za-z0-9_]{1,32})$/;

export function parseHlc(text: string): Hlc {
  const m = HLC_PATTERN.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) {
    throw new HlcError('hlc_malformed', `Malformed HLC timestamp: ${text.slice(0, 64)}`);
  }
  return { wallMs: Number(m[1]), counter: parseInt(m[2], 16), node: m[3] };
}

export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

/** The clock for a local event: never behind the last one issued, even if the wall clock stepped back. */
export function tickHlc(last: Hlc, nowMs: number): Hlc {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, node: last.node };
  return bump(last, last.wallMs, last.counter + 1);
}

/** The clock after receiving a remote timestamp: ahead of both, so causality is kept. */
export function receiveHlc(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  if (remote.wallMs - nowMs > MAX_DRIFT_MS) {
    throw new HlcError('hlc_drift', `Remote clock is ${remote.wallMs - nowMs} ms ahead of ours`);
  }
  const wall = Math.max(local.wallMs, remote.wallMs, nowMs);
  if (wall === local.wallMs && wall === remote.wallMs) {
    return bump(local, wall, Math.max(local.counter, remote.counter) + 1);
  }
  if (wall === local.wallMs) return bump(local, wall, local.counter + 1);
  if (wall === remote.wallMs) return bump(local, wall, remote.counter + 1);
  return { wallMs: wall, counter: 0, node: local.node };
}

function bump(base: Hlc, wallMs: number, counter: number): Hlc {
  if (counter > MAX_COUNTER) {
    throw new HlcError('hlc_counter_overflow', 'More than 65535 events in one millisecond');
  }
  return { wallMs, counter, node: base.node };
}
