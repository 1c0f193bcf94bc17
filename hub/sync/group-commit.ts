/**
 * Group commit within one process: items of one lane that arrive while earlier ones are being
 * written wait here, and the next writer takes them together, in one transaction
 * (docs/decisions/0021). Each item still gets its own answer.
 */
export interface GroupCommitOptions<T, R> {
  /** Writes a group in one transaction, answering each item in order; all or nothing. */
  readonly write: (items: readonly T[]) => Promise<R[]>;
  /** What an item touches: two items that share a claim never go in one group, and keep their order. */
  readonly claims: (item: T) => Iterable<string>;
  /** An item's size; a group stops growing at `maxWeight` (an item heavier than that goes alone). */
  readonly weight: (item: T) => number;
  readonly maxWeight: number;
  /** Groups of one lane written at once: one can read while another holds the lane's lock in the database. */
  readonly maxRunning: number;
  /** The weight a lane may hold waiting; an item beyond it is refused at once (GroupFullError). */
  readonly maxWaitingWeight: number;
}

/** The lane's queue is full: the caller should come back later rather than wait in memory. */
export class GroupFullError extends Error {
  constructor(readonly waitingWeight: number) {
    super(`${waitingWeight} waiting already`);
  }
}

interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
}

interface Lane<T, R> {
  waiting: Waiting<T, R>[];
  waitingWeight: number;
  running: number;
}

export class GroupCommit<T, R> {
  private readonly lanes = new Map<string, Lane<T, R>>();

  constructor(private readonly options: GroupCommitOptions<T, R>) {}

  /** Throws GroupFullError if an item of this weight would not fit in the lane's queue now: a caller can refuse before it does the work. */
  checkRoom(lane: string, weight: number): void {
    const waiting = this.lanes.get(lane)?.waitingWeight ?? 0;
    // An empty queue takes any item, so one heavier than the bound is not refused forever.
    if (waiting > 0 && waiting + weight > this.options.maxWaitingWeight) throw new GroupFullError(waiting);
  }

  submit(lane: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.checkRoom(lane, this.options.weight(item));
      let l = this.lanes.get(lane);
      if (!l) this.lanes.set(lane, (l = { waiting: [], waitingWeight: 0, running: 0 }));
      l.waiting.push({ item, resolve, reject });
      l.waitingWeight += this.options.weight(item);
      this.pump(lane, l);
    });
  }

  private pump(key: string, lane: Lane<T, R>): void {
    while (lane.running < this.options.maxRunning && lane.waiting.length > 0) {
      const group = this.take(lane);
      lane.running++;
      void this.run(group).finally(() => {
        lane.running--;
        if (lane.running === 0 && lane.waiting.length === 0) this.lanes.delete(key);
        else this.pump(key, lane);
      });
    }
  }

  /** The waiting items that go together, oldest first; one that meets a claim already taken waits for the next group. */
  private take(lane: Lane<T, R>): Waiting<T, R>[] {
    const group: Waiting<T, R>[] = [];
    const rest: Waiting<T, R>[] = [];
    const claimed = new Set<string>();
    let weight = 0;
    for (const w of lane.waiting) {
      const claims = [...this.options.claims(w.item)];
      const heavy = group.length > 0 && weight + this.options.weight(w.item) > this.options.maxWeight;
      if (heavy || claims.some((c) => claimed.has(c))) rest.push(w);
      else {
        group.push(w);
        weight += this.options.weight(w.item);
      }
      // A deferred item's claims are kept too, so a later item that shares one does not overtake it.
      for (const c of claims) claimed.add(c);
    }
    lane.waiting = rest;
    lane.waitingWeight -= weight;
    return group;
  }

  /** Should the group fail, each item is written again on its own: one item's failure is its own. */
  private async run(group: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.options.write(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results[i] as R));
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      for (const w of group) {
        await this.options.write([w.item]).then(
          (results) => w.resolve(results[0] as R),
          (soloError: unknown) => w.reject(soloError),
        );
      }
    }
  }
}
