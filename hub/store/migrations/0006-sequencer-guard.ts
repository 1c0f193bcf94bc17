import type { Migration } from './migration';

/**
 * Takes the town's sequencer and then asks the push's guard, in a function a push's one
 * statement calls before it draws any number. A VOLATILE function's own query runs on a fresh
 * snapshot, taken after the lock is granted, so the guard sees every event the previous holder
 * committed; the statement's implicit transaction holds the lock until its commit is visible
 * (docs/decisions/0027). The lock space is passed in so it is named once, in hub/store/locks.ts.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'sequencer-guard',
  statements: [
    `CREATE FUNCTION hub_sequencer_guard(lock_space integer, town text, case_ids text[], high_water bigint) RETURNS boolean
       LANGUAGE plpgsql VOLATILE AS $$
     BEGIN
       PERFORM pg_advisory_xact_lock(lock_space, hashtext(town));
       RETURN EXISTS (SELECT 1 FROM events WHERE town_id = town AND seq > high_water AND case_id = ANY(case_ids));
     END $$`,
  ],
};
