import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveArb, play, playMoves } from '../../tests/support/play-case';
import { CaseRecord } from './record';
import { compactCaseRecord, expandCaseRecord } from './stored-record';

describe('a case record as stored', () => {
  it('reads back as the record it was, in every state the rules reach, and is never longer', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 25 }), (moves) => {
        for (const record of playMoves(moves).history) {
          const stored = JSON.parse(JSON.stringify(compactCaseRecord(record))) as ReturnType<typeof compactCaseRecord>;
          expect(expandCaseRecord(stored)).toEqual(record);
          expect(CaseRecord.safeParse(expandCaseRecord(stored)).success).toBe(true);
          expect(JSON.stringify(stored).length).toBeLessThanOrEqual(JSON.stringify(record).length);
        }
      }),
      { seed: 61, numRuns: 150 },
    );
  });

  it('leaves out what a new case has empty, so a filed case is stored in far fewer bytes', () => {
    const record = play([]).record;
    const stored = compactCaseRecord(record);
    expect(stored).not.toHaveProperty('dispatches');
    expect(stored).not.toHaveProperty('evaluation');
    expect(stored).toHaveProperty('description', record.description);
    expect(JSON.stringify(stored).length).toBeLessThan(0.75 * JSON.stringify(record).length);
  });

  it('reads a record stored whole, before records were compacted, as it is', () => {
    const record = play([]).record;
    expect(expandCaseRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
