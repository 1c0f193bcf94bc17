import type { Migration } from './migration';

/** Who may sync: towns, their enrolled seats (credentials kept only as hashes) and one-time enrollment codes. */
export const migration0001: Migration = {
  version: 1,
  name: 'towns-seats',
  statements: [
    `CREATE TABLE towns (
       id text PRIMARY KEY,
       name text NOT NULL,
       demo boolean NOT NULL DEFAULT false,
       -- Seat codes are this prefix and a number (GH01, GH02, …): the HLC node and case-number prefix.
       seat_prefix text NOT NULL CHECK (seat_prefix ~ '^[A-Z]{2,4}$'),
       next_seat_no integer NOT NULL DEFAULT 1,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE seats (
       id text PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       seat_code text NOT NULL UNIQUE,
       label text NOT NULL,
       scope text NOT NULL CHECK (scope IN ('town', 'unit')),
       unit_id text CHECK ((scope = 'unit') = (unit_id IS NOT NULL)),
       admin boolean NOT NULL DEFAULT false,
       credential_hash bytea NOT NULL UNIQUE,
       created_at timestamptz NOT NULL DEFAULT now(),
       revoked_at timestamptz
     )`,
    `CREATE TABLE enrollment_codes (
       code_hash bytea PRIMARY KEY,
       town_id text NOT NULL REFERENCES towns(id),
       scope text NOT NULL CHECK (scope IN ('town', 'unit')),
       unit_id text CHECK ((scope = 'unit') = (unit_id IS NOT NULL)),
       admin boolean NOT NULL DEFAULT false,
       expires_at timestamptz NOT NULL,
       used_at timestamptz,
       -- Deferred: the code is claimed before the seat it enrolls is written, in one transaction.
       used_by text REFERENCES seats(id) DEFERRABLE INITIALLY DEFERRED,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
  ],
};
