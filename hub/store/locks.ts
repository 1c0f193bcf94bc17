/**
 * Advisory lock namespaces (the first key of `pg_advisory_xact_lock(int, int)`), so the hub's
 * locks never collide with each other or with another application on the same database.
 */
export const lockSpace = {
  migrations: 0x4c58_0001,
  /** Second key: hashtext(town id). Serialises the sequence numbers a town's streams draw. */
  townSequencer: 0x4c58_0002,
  /** Second key: hashtext(client id and reporter). One reporter's repeated POSTs are filed one at a time. */
  open311Reporter: 0x4c58_0003,
} as const;
