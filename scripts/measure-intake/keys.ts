import type { Page } from 'playwright-core';

export interface CountedKey {
  readonly key: string;
  readonly ms: number;
  readonly waitedFor: string;
}

type Reactions = { reactions: number[]; reactionKeys: string[] };

/**
 * Records every key's reaction in the page: from the keydown to the first frame painted after it
 * was handled. Installed once per page; digits and pinyin letters typed are recorded too.
 */
export async function recordReactions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Reactions;
    w.reactions = [];
    w.reactionKeys = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        const key = e.key;
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.reactions.push(performance.now() - start);
            w.reactionKeys.push(key);
          }),
        );
      },
      { capture: true },
    );
  });
}

export const reactionCount = (page: Page) => page.evaluate(() => (window as unknown as Reactions).reactions.length);

/** The reactions recorded since `from`, once as many as `keys` have arrived. */
export async function reactionsSince(page: Page, from: number, keys = 1): Promise<number[]> {
  await page.waitForFunction(([n, k]) => (window as unknown as Reactions).reactions.length >= n + k, [from, keys] as const);
  return page.evaluate((n) => (window as unknown as Reactions).reactions.slice(n), from);
}

/** The page's slowest reactions so far, with the key each followed, slowest first. */
export const slowestReactions = (page: Page, n: number) =>
  page.evaluate((k) => {
    const w = window as unknown as Reactions;
    return w.reactions.map((ms, i) => ({ key: w.reactionKeys[i] ?? '?', ms })).sort((a, b) => b.ms - a.ms).slice(0, k);
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

/** One flow's keys other than text: each pressed, its effect awaited, its reaction kept. */
export class KeyCounter {
  readonly counted: CountedKey[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string, waitedFor: string, effect: () => Promise<unknown>): Promise<void> {
    const before = await reactionCount(this.page);
    await this.page.keyboard.press(key);
    await effect();
    const [ms = Number.NaN] = await reactionsSince(this.page, before);
    this.counted.push({ key, ms, waitedFor });
  }
}
