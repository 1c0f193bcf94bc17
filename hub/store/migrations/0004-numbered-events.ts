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
    // Checking a row's town against towns takes a KEY SHARE lock on the town's one row for every
    // event, fold and involvement a push writes (a third of the push's statement, measured). The
    // town id written is the authenticated seat's, whose row references towns, and towns are
    // never deleted: nothing is left for these checks to catch.
    `ALTER TABLE events DROP CONSTRAINT events_town_id_fkey`,
    `ALTER TABLE cases DROP CONSTRAINT cases_town_id_fkey`,
    `ALTER TABLE case_involvement DROP CONSTRAINT case_involvement_town_id_fkey`,
    `ALTER TABLE unit_backfill DROP CONSTRAINT unit_backfill_town_id_fkey`,
  ],
};
