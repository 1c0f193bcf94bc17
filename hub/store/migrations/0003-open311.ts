import type { Migration } from './migration';

/**
 * Open311 GeoReport v2: the client applications that file requests (keys kept only as hashes),
 * each filed request's own facts that no case event carries (where the app put it, who asked
 * again), and the hub's own case numbering for them. Only adds: seats of version 2 sync as before.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'open311',
  statements: [
    // Off by default: a caller who phoned did not agree to have the case shown to the public.
    `ALTER TABLE towns ADD COLUMN open311_publish_phone_cases boolean NOT NULL DEFAULT false`,
    `CREATE TABLE open311_clients (
       id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
       town_id text NOT NULL REFERENCES towns(id),
       label text NOT NULL,
       key_hash bytea NOT NULL UNIQUE,
       created_at timestamptz NOT NULL DEFAULT now(),
       revoked_at timestamptz
     )`,
    `CREATE TABLE open311_requests (
       case_id text PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       client_id text NOT NULL REFERENCES open311_clients(id),
       token text NOT NULL UNIQUE,
       -- What makes a repeat of the same POST the same request: the reporter and the text.
       reporter text NOT NULL,
       text_hash bytea NOT NULL,
       lat double precision,
       long double precision,
       address_id text,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX open311_requests_repeat ON open311_requests (client_id, reporter, text_hash, created_at)`,
    // The per-day sequence of the case numbers the hub gives Open311 cases (seat code + day + n).
    `CREATE TABLE open311_case_numbers (
       town_id text NOT NULL REFERENCES towns(id),
       day text NOT NULL,
       last integer NOT NULL,
       PRIMARY KEY (town_id, day)
     )`,
  ],
};
