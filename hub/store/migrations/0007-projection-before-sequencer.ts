import type { Migration } from './migration';

/**
 * A clean push writes its cases' projections and new involvements before it takes the town's
 * sequencer, so the lock is held only to number and store the events (docs/decisions/0034).
 * `hub_sequencer_take` takes the sequencer after those writes (its last argument is their count,
 * which makes the statement finish them first) and, where another push numbered events of the
 * batch's cases since the read, raises instead of answering: the projections just written were
 * folded without those events, and the error rolls the whole statement back. `cases.last_seq`
 * goes: nothing read it, and a projection written before the numbers are drawn cannot know it.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'projection-before-sequencer',
  statements: [
    `ALTER TABLE cases DROP COLUMN last_seq`,
    `CREATE FUNCTION hub_sequencer_take(lock_space integer, town text, case_ids text[], high_water bigint, written_before bigint) RETURNS boolean
       LANGUAGE plpgsql VOLATILE AS $$
     BEGIN
       PERFORM pg_advisory_xact_lock(lock_space, hashtext(town));
       IF EXISTS (SELECT 1 FROM events WHERE town_id = town AND seq > high_water AND case_id = ANY(case_ids)) THEN
         RAISE EXCEPTION 'the town numbered events of these cases after %', high_water USING ERRCODE = 'serialization_failure';
       END IF;
       RETURN written_before >= 0;
     END $$`,
  ],
};
