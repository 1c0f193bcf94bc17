import { caseNumberPrefix, sequenceDigits } from '../../../shared/case/case-number';
import { preparedFor, type DB } from './db';

const largestPadded = 10 ** sequenceDigits - 1;

const sql = preparedFor((db) => ({
  lastAsText: db.prepare<[string, string], { number: string }>(
    'SELECT number FROM cases WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1',
  ),
  lastAsInteger: db.prepare<[number, string, string], { last: number | null }>(
    'SELECT max(CAST(substr(number, ?) AS INTEGER)) AS last FROM cases WHERE number >= ? AND number < ?',
  ),
}));

/**
 * The next per-seat, per-day case sequence, read from the numbers this seat already filed that
 * day: a number is filed in the transaction that takes it, and cases are never deleted, so the
 * largest filed one is the last taken. Call inside that transaction. One index lookup, where a
 * counter table cost a page of its own in every save; from the day's 10,000th case, when text
 * order and number order part, the day's numbers are read as integers.
 */
export function nextCaseSequence(db: DB, seatId: string, day: string): number {
  const prefix = caseNumberPrefix(seatId, day);
  // '.' sorts right after '-': every number of the day, and nothing else, lies in between.
  const end = `${prefix.slice(0, -1)}.`;
  const last = sql(db).lastAsText.get(prefix, end);
  const lastSequence = last ? Number(last.number.slice(prefix.length)) : 0;
  if (lastSequence < largestPadded) return lastSequence + 1;
  return (sql(db).lastAsInteger.get(prefix.length + 1, prefix, end)?.last ?? 0) + 1;
}
