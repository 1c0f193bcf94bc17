import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupCommit, GroupFullError } from './group-commit';

interface Item {
  readonly n: number;
  readonly lane: string;
  readonly claims: readonly string[];
  readonly weight: number;
  /** Its write fails, alone or in any group it is part of. */
  readonly poison: boolean;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Submits every item in waves (a wave arrives at once, while earlier groups are still writing); records what each group held. */
async function runItems(waves: Item[][], maxRunning: number, maxWeight: number, maxWaitingWeight = Infinity) {
  const groups: Item[][] = [];
  let running = 0;
  let mostRunning = 0;
  const commit = new GroupCommit<Item, string>({
    async write(items) {
      running++;
      mostRunning = Math.max(mostRunning, running);
      groups.push([...items]);
      await tick();
      running--;
      if (items.some((i) => i.poison)) throw new Error('poison');
      return items.map((i) => `done ${i.n}`);
    },
    claims: (i) => i.claims,
    weight: (i) => i.weight,
    maxWeight,
    maxRunning,
    maxWaitingWeight,
  });
  const answers: Promise<PromiseSettledResult<string>[]>[] = [];
  for (const wave of waves) {
    answers.push(Promise.allSettled(wave.map((i) => commit.submit(i.lane, i))));
    await tick();
  }
  return { groups, mostRunning, settled: (await Promise.all(answers)).flat() };
}

const items = fc.array(
  fc.array(
    fc.record({
      lane: fc.constantFrom('town.a', 'town.b'),
      claims: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'), { maxLength: 3 }),
      weight: fc.integer({ min: 1, max: 5 }),
      poison: fc.integer({ min: 0, max: 6 }).map((x) => x === 0),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  { minLength: 1, maxLength: 5 },
);

describe('group commit', () => {
  it('answers every item on its own, keeps items that share a claim apart and in order, and lets a failing item fail alone', async () => {
    await fc.assert(
      fc.asyncProperty(items, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }), async (shape, maxRunning, maxWeight, maxWaiting) => {
        let n = 0;
        const waves = shape.map((wave) => wave.map((i): Item => ({ ...i, n: n++ })));
        const all = waves.flat();
        const { groups, mostRunning, settled } = await runItems(waves, maxRunning, maxWeight, maxWaiting);
        const written = new Set(groups.flat().map((i) => i.n));

        // Each item: its own answer, the failure of its own write, or refused unwritten because the queue was full.
        settled.forEach((s, i) => {
          const item = all[i];
          if (!item) throw new Error('no item');
          if (s.status === 'rejected' && s.reason instanceof GroupFullError) {
            expect(written.has(item.n)).toBe(false);
            expect(s.reason.waitingWeight + item.weight).toBeGreaterThan(maxWaiting);
          } else if (item.poison) expect(s.status).toBe('rejected');
          else expect(s).toEqual({ status: 'fulfilled', value: `done ${item.n}` });
        });
        // A group is one lane, shares no claim, and stays within its weight unless it is one item.
        for (const g of groups) {
          expect(new Set(g.map((i) => i.lane)).size).toBe(1);
          const claims = g.flatMap((i) => i.claims);
          expect(new Set(claims).size).toBe(claims.length);
          if (g.length > 1) expect(g.reduce((w, i) => w + i.weight, 0)).toBeLessThanOrEqual(maxWeight);
        }
        // Items that share a claim are first written in the order they came.
        const firstWrite = new Map<number, number>();
        groups.forEach((g, at) => g.forEach((i) => firstWrite.has(i.n) || firstWrite.set(i.n, at)));
        for (const a of all) {
          for (const b of all) {
            if (a.n < b.n && written.has(a.n) && written.has(b.n) && a.lane === b.lane && a.claims.some((c) => b.claims.includes(c))) {
              expect(firstWrite.get(a.n)).toBeLessThan(firstWrite.get(b.n) ?? -1);
            }
          }
        }
        // Two lanes may write side by side; one lane never more than maxRunning groups at once.
        expect(mostRunning).toBeLessThanOrEqual(2 * maxRunning);
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it('writes what arrives while a group is being written as one group', async () => {
    const item = (n: number): Item => ({ n, lane: 'town.a', claims: [`c${n}`], weight: 1, poison: false });
    const { groups } = await runItems([[item(0), item(1), item(2), item(3), item(4)]], 1, 100);
    expect(groups.map((g) => g.map((i) => i.n))).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('refuses an item at once while its lane holds the bound waiting, and takes items again once a group has gone to be written', async () => {
    const item = (n: number, lane = 'town.a'): Item => ({ n, lane, claims: [`c${n}`], weight: 2, poison: false });
    const release: (() => void)[] = [];
    const commit = new GroupCommit<Item, number>({
      write: (items) => new Promise((resolve) => release.push(() => resolve(items.map((i) => i.n)))),
      claims: (i) => i.claims,
      weight: (i) => i.weight,
      maxWeight: 100,
      maxRunning: 1,
      maxWaitingWeight: 4,
    });
    const first = commit.submit('town.a', item(0)); // written at once, not waiting
    const waiting = [commit.submit('town.a', item(1)), commit.submit('town.a', item(2))];
    await expect(commit.submit('town.a', item(3))).rejects.toEqual(new GroupFullError(4));
    expect(() => commit.checkRoom('town.a', 1)).toThrow(GroupFullError);
    // Another town's lane has its own bound.
    const other = commit.submit('town.b', item(4, 'town.b'));
    release.shift()?.();
    expect(await first).toBe(0);
    await tick();
    // Items 1 and 2 are now being written: the queue has room again.
    const later = commit.submit('town.a', item(5));
    for (let i = 0; i < 3; i++) {
      await tick();
      release.shift()?.();
    }
    expect(await Promise.all([...waiting, other])).toEqual([1, 2, 4]);
    await tick();
    release.shift()?.();
    expect(await later).toBe(5);
  });
});
