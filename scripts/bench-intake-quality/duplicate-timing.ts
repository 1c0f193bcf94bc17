import { generateDemoCases } from '../../shared/demo/generator';
import { demoSynonyms } from '../../shared/demo/synonyms';
import type { CategoryCharWeights } from '../../shared/intake/char-weights';
import { findDuplicates, type DuplicateCandidate } from '../../shared/intake/duplicates';

/** The most open cases the core weighs per check (duplicate-check.ts's candidateLimit): a busy committee's week. */
const candidatesPerCheck = 200;
const checks = 300;

export interface CheckTiming {
  readonly medianMs: number;
  readonly p95Ms: number;
  /** The first check of a fresh set of weights, which fills their per-character cache. */
  readonly firstMs: number;
}

/**
 * How long one duplicate check takes, as an operator types, over as many open cases as the core
 * weighs: demo cases (generated as the demo town's are) put in one committee, each draft one of
 * the town's texts with its category not yet chosen (every candidate then is weighed). `weights`
 * null: the bare check without character weights, the baseline of the same run.
 */
export function timeDuplicateCheck(weights: () => CategoryCharWeights | null): CheckTiming {
  const cases = [...generateDemoCases({ count: candidatesPerCheck + checks, seed: 777, from: new Date('2026-11-24T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z') })];
  const candidates: DuplicateCandidate[] = cases.slice(0, candidatesPerCheck).map((c, i) => ({
    id: `c${i}`,
    number: `GH01-20261130-${String(i + 1).padStart(4, '0')}`,
    phone: c.caller.phone,
    committeeId: 'cmt.bench',
    categoryId: c.categoryId,
    description: c.description,
    registeredAt: c.registeredAt,
    status: 'dispatched',
  }));
  const drafts = cases.slice(candidatesPerCheck).map((c) => ({
    phone: null,
    committeeId: 'cmt.bench',
    categoryId: null,
    description: c.description,
    at: '2026-11-30T00:00:00Z',
  }));
  const fresh = weights();
  const started = performance.now();
  findDuplicates(drafts[0] ?? drafts[1]!, candidates, demoSynonyms, fresh);
  const firstMs = performance.now() - started;
  const times = drafts.map((draft) => {
    const t = performance.now();
    findDuplicates(draft, candidates, demoSynonyms, fresh);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), firstMs };
}
