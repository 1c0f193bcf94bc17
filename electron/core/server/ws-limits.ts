/**
 * What one browser-mode connection may ask of the core. A seat's console makes a few calls a
 * second at most (a burst of about twenty when a view opens); these bounds are far above that
 * and far below what would starve the other seats or grow the core's memory.
 */
export const wsLimits = {
  /** Larger than any valid call (the year-schedule file, 200,000 characters) yet small enough to refuse floods. */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Calls answered concurrently per connection; more are refused at once with `rate_limited`. */
  maxInFlight: 16,
  /** Calls per connection per window, and per remote address (all its connections) per window. */
  callsPerConnection: 60,
  callsPerAddress: 150,
  rateWindowMs: 1000,
  /** Past the address's budget, a connection open longer than a window is still answered up to a view's burst. */
  burstPastAddressBudget: 30,
  /** A connection that keeps sending past twice its limit is closed (1008) instead of answered. */
  closeAfterOverLimit: 2,
  /** Answers and pushes waiting in the socket's buffer: a client that stops reading is closed past this. */
  maxBufferedBytes: 2 * 1024 * 1024,
  /** Live connections per address and in all. */
  connectionsPerAddress: 32,
  connections: 256,
  /** New connections per address per rate window: a client cannot reconnect its way past its limits. */
  newConnectionsPerAddress: 20,
  /** A peer that answers no ping for this long is gone; one that never logs in is closed after `unauthenticatedMs`. */
  heartbeatMs: 30_000,
  unauthenticatedMs: 5 * 60_000,
} as const;

/** WebSocket close codes (RFC 6455 §7.4.1). */
export const closeCodes = {
  policyViolation: 1008,
  tryAgainLater: 1013,
  goingAway: 1001,
} as const;
