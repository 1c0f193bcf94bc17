import type { DB } from '../db';

/**
 * A card of one of the hotline's own clocks (a ruling, the callback, the dispatch) was charged to
 * the case's responsible unit: the clock's unit, null for those, was read as "not given" and the
 * case's unit put in its place, so the unit lost points for time the hotline ran over. Each card
 * is charged again to the unit of the clock it was given for (the latest of that name started by
 * then); a supervisor's own card, which has no clock, keeps the case's unit it was given.
 */
export function updateToSchemaVersion24(db: DB): void {
  db.exec(`
    UPDATE supervision_cards AS k
    SET unit_id = (
      SELECT c.unit_id FROM case_clocks c
      WHERE c.case_id = k.case_id AND c.clock = k.clock AND c.started_at <= k.at
      ORDER BY c.started_at DESC LIMIT 1
    )
    WHERE EXISTS (SELECT 1 FROM case_clocks c WHERE c.case_id = k.case_id AND c.clock = k.clock AND c.started_at <= k.at);
  `);
}
