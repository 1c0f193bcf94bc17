import { defaultSlaPolicy as defaultPolicyV1 } from '../../../../shared/sla/default-policy';
import type { DB } from '../db';

/**
 * SLA: versioned policies, the town's calendar (overrides and loaded years, with a change log),
 * and per case the deadlines computed when its events commit: `case_clocks` one row per clock
 * (running ones indexed by deadline for the board, the wall and the supervision scheduler),
 * `case_sla` the facts the board and the wall filter on, and the cards supervisors list.
 * Version 1 of the policy is the shipped default (DESIGN.md §4); an admin's edits add versions.
 */
export function updateToSchemaVersion5(db: DB): void {
  db.exec(`
    CREATE TABLE sla_policies (
      version INTEGER PRIMARY KEY,
      effective_from TEXT NOT NULL,
      policy TEXT NOT NULL CHECK (json_valid(policy)),
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE calendar_overrides (
      day TEXT PRIMARY KEY,
      working INTEGER NOT NULL CHECK (working IN (0, 1)),
      reason TEXT NOT NULL
    ) STRICT;

    CREATE TABLE calendar_years (
      year INTEGER PRIMARY KEY,
      schedule TEXT NOT NULL CHECK (json_valid(schedule))
    ) STRICT;

    CREATE TABLE calendar_changes (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      by TEXT NOT NULL,
      change TEXT NOT NULL CHECK (json_valid(change))
    ) STRICT;

    CREATE TABLE case_sla (
      case_id TEXT PRIMARY KEY,
      number TEXT NOT NULL,
      status TEXT NOT NULL,
      open INTEGER NOT NULL CHECK (open IN (0, 1)),
      kind TEXT NOT NULL,
      urgency TEXT NOT NULL,
      category_id TEXT NOT NULL,
      committee_id TEXT NOT NULL,
      unit_id TEXT,
      dispatched_by TEXT,
      registered_at TEXT NOT NULL,
      policy_version INTEGER NOT NULL,
      next_clock TEXT,
      next_started_at TEXT,
      next_deadline TEXT,
      next_unit_id TEXT
    ) STRICT;
    CREATE INDEX case_sla_board ON case_sla(open, next_deadline);
    CREATE INDEX case_sla_registered ON case_sla(registered_at);
    CREATE INDEX case_sla_open_status ON case_sla(open, status);

    CREATE TABLE case_clocks (
      case_id TEXT NOT NULL,
      clock TEXT NOT NULL,
      started_at TEXT NOT NULL,
      kind TEXT NOT NULL,
      unit_id TEXT,
      deadline TEXT NOT NULL,
      warn_at TEXT NOT NULL,
      red_after TEXT NOT NULL,
      ended_at TEXT,
      card_level INTEGER NOT NULL CHECK (card_level IN (0, 1, 2)),
      card_at TEXT,
      PRIMARY KEY (case_id, clock, started_at)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX case_clocks_running ON case_clocks(deadline) WHERE ended_at IS NULL;
    CREATE INDEX case_clocks_running_warn ON case_clocks(warn_at) WHERE ended_at IS NULL;
    CREATE INDEX case_clocks_ended ON case_clocks(kind, ended_at) WHERE ended_at IS NOT NULL;

    CREATE TABLE supervision_cards (
      case_id TEXT NOT NULL,
      clock TEXT NOT NULL,
      at TEXT NOT NULL,
      card TEXT NOT NULL CHECK (card IN ('yellow', 'red')),
      unit_id TEXT,
      PRIMARY KEY (case_id, clock, at, card)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX supervision_cards_at ON supervision_cards(at);
  `);
  db.prepare(
    `INSERT INTO sla_policies (version, effective_from, policy, saved_at, saved_by) VALUES (1, ?, ?, ?, 'system')`,
  ).run(defaultPolicyV1.effectiveFrom, JSON.stringify(defaultPolicyV1), defaultPolicyV1.effectiveFrom);
}
