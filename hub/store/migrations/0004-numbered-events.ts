import type { Migration } from './migration';

/**
 * Each event carries its own stream number: a push stores and numbers its events in one row
 * each, in one statement under the town's sequencer, instead of an `events` row written before
 * the lock and an `event_stream` row after it (docs/decisions/0018). The numbers move over as
 * they were, so every seat's cursor stays valid.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'numbered-events',
  statements: [
    `ALTER TABLE events ADD COLUMN seq bigint`,
    `UPDATE events e SET seq = s.seq FROM event_stream s WHERE s.event_id = e.id`,
    // A committed push numbered every event it stored; should one have been left unnumbered, it
    // is numbered now rather than lost (no hub writes while the schema moves).
    `UPDATE events SET seq = nextval('stream_seq') WHERE seq IS NULL`,
    `ALTER TABLE events ALTER COLUMN seq SET NOT NULL`,
    `ALTER TABLE unit_backfill DROP CONSTRAINT unit_backfill_event_seq_fkey`,
    `DROP TABLE event_stream`,
    // (town_id, seq): a town's pull, its high-water mark and a unit's back history by number.
    `CREATE UNIQUE INDEX events_town_seq ON events (town_id, seq)`,
    `CREATE INDEX events_case_seq ON events (case_id, seq)`,
  ],
};
