import type { Migration } from './migration';

/**
 * The synced data. One sequence numbers every stream item (events, a unit's back history,
 * reference records); it is drawn only under the town's sequencer lock, so the numbers of a town
 * become visible in order and a pull cursor never skips one (docs/decisions/0009).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sync',
  statements: [
    `CREATE SEQUENCE stream_seq`,
    // The events as pushed, stored before the push takes the sequencer: the big rows are written
    // beside the town's other pushes, and only their small stream rows are numbered in turn.
    `CREATE TABLE events (
       id text PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       case_id text NOT NULL,
       seat_id text NOT NULL,
       hlc text NOT NULL,
       -- The seat's clock was off the hub's by more than the allowed skew when it pushed this.
       skewed boolean NOT NULL DEFAULT false,
       body jsonb NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE event_stream (
       seq bigint PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       case_id text NOT NULL,
       event_id text NOT NULL UNIQUE REFERENCES events(id)
     )`,
    `CREATE INDEX event_stream_town_seq ON event_stream (town_id, seq)`,
    `CREATE INDEX event_stream_case_seq ON event_stream (case_id, seq)`,
    // The fold of each case, for cross-town reports; rewritten in the transaction that adds its events.
    `CREATE TABLE cases (
       id text PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       number text NOT NULL,
       status text NOT NULL,
       responsible_unit_id text,
       registered_at timestamptz NOT NULL,
       record jsonb NOT NULL,
       last_seq bigint NOT NULL
     )`,
    `CREATE INDEX cases_town_status ON cases (town_id, status)`,
    // A unit is involved from since_seq on: later events reach it through the event stream.
    `CREATE TABLE case_involvement (
       town_id text NOT NULL REFERENCES towns(id),
       case_id text NOT NULL,
       unit_id text NOT NULL,
       since_seq bigint NOT NULL,
       PRIMARY KEY (case_id, unit_id)
     )`,
    `CREATE INDEX case_involvement_unit ON case_involvement (town_id, unit_id)`,
    // The events a unit had not been sent before it became involved, re-issued under new numbers.
    `CREATE TABLE unit_backfill (
       seq bigint PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       unit_id text NOT NULL,
       event_seq bigint NOT NULL REFERENCES event_stream(seq)
     )`,
    `CREATE INDEX unit_backfill_unit_seq ON unit_backfill (town_id, unit_id, seq)`,
    `CREATE TABLE reference_records (
       town_id text NOT NULL REFERENCES towns(id),
       kind text NOT NULL,
       id text NOT NULL,
       hlc text NOT NULL,
       data jsonb,
       seq bigint NOT NULL UNIQUE,
       PRIMARY KEY (town_id, kind, id)
     )`,
    `CREATE INDEX reference_records_town_seq ON reference_records (town_id, seq)`,
    // Every write pushed, the losers of last-writer-wins included, so an edit is never lost from view.
    `CREATE TABLE reference_history (
       town_id text NOT NULL,
       kind text NOT NULL,
       id text NOT NULL,
       hlc text NOT NULL,
       data jsonb,
       seat_id text,
       won boolean NOT NULL,
       received_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX reference_history_record ON reference_history (town_id, kind, id, hlc)`,
    `CREATE TABLE quarantine (
       id bigserial PRIMARY KEY,
       town_id text NOT NULL,
       seat_id text NOT NULL,
       item text NOT NULL CHECK (item IN ('event', 'reference')),
       item_id text NOT NULL,
       reason text NOT NULL,
       detail text NOT NULL,
       -- As text: what was refused may hold what jsonb cannot (NUL characters, lone surrogates).
       body text NOT NULL,
       at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX quarantine_seat ON quarantine (seat_id, at)`,
  ],
};
