import type { Page } from 'playwright-core';

export interface CountedKey {
  readonly key: string;
  readonly ms: number;
  readonly waitedFor: string;
}

/** Each key so far, in order: its reaction once settled (its frame and Event Timing entries in), else null. */
type Reactions = { keyReactions: () => { key: string; ms: number | null }[] };

/** Source text, not a function: tsx would wrap the named helpers with one the page does not have. */
const recorderScript = `(() => {
  const records = [];
  // Settled once its first frame has come and either its keydown's Event Timing entry (and a
  // moment for the entries of its keypress and input) or a second has passed: a key presented
  // within 16 ms gets no entry, and on a loaded machine a frame is presented several frames after
  // it was drawn, so an entry can come late. Nothing runs per frame meanwhile: a page kept
  // animating by its own stopwatch would be slower than the one measured.
  const settled = (r) => r.frame !== null && (r.timed ? performance.now() - r.frame >= 100 : performance.now() - r.start >= 1000);
  const reaction = (r) => Math.max(r.frame, r.end) - r.start;
  const timed = new Set(['keydown', 'keypress', 'beforeinput', 'input']);
  const take = (entries) => {
    for (const entry of entries) {
      if (!timed.has(entry.name)) continue;
      // The key during whose handling the event arose: held down from before it until after it.
      // Text put in without keys (a paste) belongs to none.
      const owner = records.findLast((r) => r.start <= entry.startTime && (r.up === null || entry.startTime <= r.up));
      if (!owner) continue;
      owner.end = Math.max(owner.end, entry.startTime + entry.duration);
      if (entry.name === 'keydown') owner.timed = true;
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
  // Entries the browser has queued but not yet handed to the observer's callback (a task that,
  // like timers, waits while keys keep coming) are taken before anything is read.
  window.keyReactions = () => {
    take(observer.takeRecords());
    return records.map((r) => ({ key: r.key, ms: settled(r) ? reaction(r) : null }));
  };
  window.keyNames = () => records.map((r) => r.key);
  window.addEventListener('keydown', (e) => {
    const record = { key: e.key, start: e.timeStamp, up: null, frame: null, timed: false, end: 0 };
    records.push(record);
    requestAnimationFrame(() => { record.frame = performance.now(); });
  }, { capture: true });
  window.addEventListener('keyup', (e) => {
    const record = records.findLast((r) => r.key === e.key && r.up === null);
    if (record) record.up = e.timeStamp;
  }, { capture: true });
})()`;

/**
 * Records every key's reaction in the page: from the keydown (its timestamp, so the time the key
 * waited in the queue counts) to the next frame presented after it was handled. Installed once per
 * page; digits and pinyin letters typed are recorded too.
 *
 * The end is the later of two readings, both taken from timestamps rather than from when a
 * callback happens to run: the start of the first animation frame after the keydown, and the
 * browser's own Event Timing entries for the key's keydown, keypress, beforeinput and input (from
 * the event to the next paint presented after its handlers, in 8 ms steps; reported only from
 * 16 ms, so a key faster than that reads as its frame). An earlier version ended at a setTimeout
 * posted from that frame: while keys arrive back to back Chromium holds timers back until the
 * input stops, so every key of a typed number read as ending when the last one did (the first
 * digit 294 ms, each later one 16 ms less), though each had been painted within about 20 ms.
 */
export async function recordReactions(page: Page): Promise<void> {
  await page.evaluate(recorderScript);
}

export const reactionCount = (page: Page) => page.evaluate(() => (window as unknown as Reactions).keyReactions().length);

/** The reactions of the keys since the `from`th, once at least `keys` have come and every one of them has settled. */
export async function reactionsSince(page: Page, from: number, keys = 1): Promise<number[]> {
  await page.waitForFunction(
    ([n, k]) => {
      const since = (window as unknown as Reactions).keyReactions().slice(n);
      return since.length >= k && since.every((r) => r.ms !== null);
    },
    [from, keys] as const,
    // Asked every 50 ms, not every frame: polling by frames would keep the page drawing.
    { polling: 50 },
  );
  return page.evaluate((n) => (window as unknown as Reactions).keyReactions().slice(n).map((r) => r.ms ?? Number.NaN), from);
}

/** The page's slowest reactions so far, with the key each followed, slowest first. */
export const slowestReactions = (page: Page, n: number) =>
  page.evaluate((k) => {
    const w = window as unknown as Reactions;
    return w
      .keyReactions()
      .flatMap((r) => (r.ms === null ? [] : [{ key: r.key, ms: r.ms }]))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, k);
  }, n);

/**
 * The bare frame of the same page at the same moment: from a timestamp to the first frame painted
 * after it, with no key pressed — what a key's reaction costs at least on this machine now.
 */
export const idleFrames = (page: Page, n: number) =>
  page.evaluate(async (k) => {
    const frames: number[] = [];
    for (let i = 0; i < k; i++) {
      const start = performance.now();
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));
      frames.push(performance.now() - start);
    }
    return frames;
  }, n);

/**
 * The bare key of the same browser at the same moment: `text` typed by the same robot into a plain
 * `<input>` on an empty page, timed the same way; its slowest key is what a key costs at least on
 * this machine now (compositing and presentation included).
 */
export async function bareInputReaction(page: Page, text: string): Promise<number> {
  if ((await page.locator('#bare').count()) === 0) {
    await page.setContent('<input id="bare" aria-label="bare">');
    await recordReactions(page);
  }
  const input = page.locator('#bare');
  await input.fill('');
  const from = await reactionCount(page);
  await input.pressSequentially(text);
  return Math.max(...(await reactionsSince(page, from, text.length)));
}

/**
 * One flow's keys other than text: each pressed and its effect awaited. Their reactions are read
 * once the flow is over (`counted`), when every key has settled: waiting for that after each key
 * would pause the flow where a person would not.
 */
export class KeyCounter {
  private readonly pressed: { key: string; waitedFor: string; at: number; keydowns: number }[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string, waitedFor: string, effect: () => Promise<unknown>): Promise<void> {
    const at = await reactionCount(this.page);
    await this.page.keyboard.press(key);
    await effect();
    // A chord (Alt+a) is a keydown a key: the slower of them is its reaction.
    this.pressed.push({ key, waitedFor, at, keydowns: key.split('+').length });
  }

  /** Each key's reaction, from the reactions of every key since the `from`th (the flow's start). */
  counted(from: number, reactions: readonly number[]): CountedKey[] {
    return this.pressed.map((p) => ({
      key: p.key,
      waitedFor: p.waitedFor,
      ms: Math.max(...reactions.slice(p.at - from, p.at - from + p.keydowns)),
    }));
  }
}
