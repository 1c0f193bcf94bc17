import type { Migration } from './migration';

/**
 * How far the pushing seat's clock was off the hub's, for the events it pushed while off by more
 * than the allowed skew, so every seat that pulls them can show it. Its own table, written only
 * for such pushes: the common push, and the statement that numbers it, stay as they are.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'event-skews',
  statements: [
    `CREATE TABLE event_skews (
       event_id text PRIMARY KEY,
       -- hub − seat in milliseconds, as the push answer's skewMs.
       skew_ms integer NOT NULL
     )`,
  ],
};
