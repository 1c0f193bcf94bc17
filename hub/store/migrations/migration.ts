/** One schema step; numbers only grow, and a released number is never reused. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}
