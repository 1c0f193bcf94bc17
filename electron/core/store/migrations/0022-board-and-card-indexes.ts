import type { DB } from '../db';

/**
 * Two partial indexes over what is still running or open (docs/decisions/0037):
 *  - running clocks by card level, then deadline: the supervision rounds' two look-ups (no card
 *    yet and overdue; yellow and maybe due a red) walk only the clocks of their level, not every
 *    overdue running clock — the red ones, which stay running until the case moves, were most of
 *    that walk (30–214 ms a round at 20,000 overdue);
 *  - open cases with every column the board's filters read: the board's count of its rows is read
 *    from the index alone instead of from every open row (7–20 ms of its first-screen call).
 * Both hold running or open rows only, so their size follows today's work, not the stored years.
 */
export function updateToSchemaVersion22(db: DB): void {
  db.exec(`
    CREATE INDEX case_clocks_running_card ON case_clocks(card_level, deadline) WHERE ended_at IS NULL;
    CREATE INDEX case_sla_open_filters ON case_sla(open, unit_id, committee_id, category_id, urgency) WHERE open = 1;
  `);
}
