import { createHash, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { formatCaseNumber, shanghaiDay } from '../../shared/case/case-number';
import type { CaseEvent } from '../../shared/case/events';
import { limits } from '../../shared/case/fields';
import { findDuplicates, settledStatuses, similarTextWindowMs, unattendedLinkThreshold } from '../../shared/intake/duplicates';
import { committeeAt, committeeOfAddress } from '../../shared/intake/locate';
import { suggestResponsibleUnit } from '../../shared/reference/routing';
import { open311ActorId } from '../../shared/reference/actors';
import { formatHlc } from '../../shared/sync/hlc';
import { inTransactionRetryingDeadlocks, type Pool } from '../store/db';
import type { Open311Client, Open311Town } from '../store/open311-clients';
import { insertOpen311Request, lockOpen311Reporter, nextOpen311CaseSequence, recentOpenCases, sameRecentRequest } from '../store/open311-requests';
import { storeCaseEvents } from '../sync/refold';
import { Open311Error } from './reply';
import { attributeLine, type RequestInput } from './request-input';
import { serviceProfile } from './service-profile';
import type { TownReference } from './town-reference';

/** A client that repeats a POST within this time (a retry after a lost answer) gets the first request back. */
export const repeatPostWindowMs = 10 * 60_000;

/** The seat code the hub files a town's Open311 cases under: the town's prefix and letters, never a seat's (those end in digits). */
export function open311SeatCode(town: Pick<Open311Town, 'seatPrefix'>): string {
  return `${town.seatPrefix}API`;
}

export interface Filed {
  readonly caseId: string;
  readonly token: string;
  /** The open case this request repeats, when it was linked to one instead of being dispatched. */
  readonly mainCaseId: string | null;
}

function findCommittee(ref: TownReference, input: RequestInput): string {
  const byPoint = input.point ? committeeAt(ref.committees, input.point) : null;
  const byAddress = input.addressString ? committeeOfAddress(ref.committees, input.addressString) : null;
  const byId = input.addressId && ref.committees.some((c) => c.id === input.addressId) ? input.addressId : null;
  const committee = byPoint ?? byAddress ?? byId;
  if (!committee) throw new Open311Error(400, 'The location is not within any committee of the town');
  return committee;
}

/**
 * POST requests: the request becomes a case as a seat would file it — registered, then dispatched
 * by the routing rules, or linked to the open case it repeats — through the hub's one event path,
 * so seats pull it like any other. One transaction: the case and its Open311 row, or neither.
 */
export async function fileRequest(pool: Pool, client: Open311Client, town: Open311Town, ref: TownReference, input: RequestInput, now = new Date()): Promise<Filed> {
  if (!ref.leaves.has(input.serviceCode)) throw new Open311Error(404, `Unknown service_code ${input.serviceCode}`);
  const profile = serviceProfile(input.serviceCode);
  const extra = attributeLine(profile.attributes, input.attributes);
  const category = ref.categories.find((c) => c.id === input.serviceCode);
  const text = [input.description || (category?.name ?? input.serviceCode), extra].filter(Boolean).join('\n');
  if (text.length > limits.description) throw new Open311Error(400, `description with its attributes is longer than ${limits.description} characters`);
  const committeeId = findCommittee(ref, input);
  const textHash = createHash('sha256').update(`${input.serviceCode}\n${text}`).digest();
  const seatId = open311SeatCode(town);
  const actorId = open311ActorId(client.id);

  return inTransactionRetryingDeadlocks(pool, async (db) => {
    await lockOpen311Reporter(db, client.id, input.reporter);
    if (input.reporter) {
      const again = await sameRecentRequest(db, client.id, input.reporter, textHash, new Date(now.getTime() - repeatPostWindowMs));
      if (again) return { ...again, mainCaseId: null };
    }
    const candidates = await recentOpenCases(db, town.id, committeeId, input.serviceCode, new Date(now.getTime() - similarTextWindowMs), settledStatuses);
    const draft = { phone: input.caller.phone || null, committeeId, categoryId: input.serviceCode, description: text, at: now.toISOString() };
    const main = findDuplicates(draft, candidates.map((r) => ({ ...r, phone: r.caller.phone || null }))).find(
      (m) => m.reasons.includes('similar_text') && m.similarity >= unattendedLinkThreshold,
    );

    const day = shanghaiDay(now);
    const number = formatCaseNumber(seatId, day, await nextOpen311CaseSequence(db, town.id, day));
    const caseId = ulid(now.getTime());
    let counter = 0;
    const envelope = (forCase: string) => ({ id: ulid(now.getTime()), caseId: forCase, seatId, actorId, hlc: formatHlc({ wallMs: now.getTime(), counter: counter++, node: seatId }) });
    const events: CaseEvent[] = [
      {
        ...envelope(caseId),
        type: 'case.registered',
        payload: {
          number,
          kind: profile.kind,
          urgency: profile.urgency,
          categoryId: input.serviceCode,
          committeeId,
          caller: input.caller,
          address: input.addressString || (input.point ? `${input.point.lat.toFixed(5)},${input.point.long.toFixed(5)}` : ''),
          description: text,
          registeredAt: now.toISOString(),
          filedOffline: false,
          channel: `open311:${client.id}`,
        },
      },
    ];
    if (main) {
      const m = main.candidate;
      events.push({ ...envelope(caseId), type: 'case.linked', payload: { mainCaseId: m.id, mainNumber: m.number, reasons: [...main.reasons] } });
      events.push({ ...envelope(m.id), type: 'case.repeat_call', payload: { childCaseId: caseId, childNumber: number } });
    } else {
      const unitId = suggestResponsibleUnit(ref.rules, ref.parentOf, input.serviceCode, committeeId);
      if (unitId) events.push({ ...envelope(caseId), type: 'case.dispatched', payload: { unitId, note: '' } });
    }

    await storeCaseEvents(db, town.id, events.map((event) => ({ event, json: JSON.stringify(event) })), false);
    const token = randomBytes(12).toString('base64url');
    await insertOpen311Request(db, {
      caseId,
      townId: town.id,
      clientId: client.id,
      token,
      reporter: input.reporter,
      textHash,
      lat: input.point?.lat ?? null,
      long: input.point?.long ?? null,
      addressId: input.addressId,
    });
    return { caseId, token, mainCaseId: main?.candidate.id ?? null };
  });
}
