import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Marks in the page, in ms since its navigation started (performance.now()): when the login
 * form's first field took focus, when it was submitted, when the intake form's first field
 * (来电号码, focused by itself) took focus, when the robot's key reached the page (the keydown's
 * own timestamp) and when that field held the key. Installed before any of the page's scripts
 * run. Each mark the robot waits for is pushed to it through `__firstScreenMark` (a binding), so
 * the robot neither polls nor injects its own script into the page while a figure is running.
 * Source text, not a function: tsx would wrap a function with a helper the page does not have.
 */
const marksScript = `(() => {
  const marks = (window.__firstScreen = {});
  const tell = (name) => { try { window.__firstScreenMark(name); } catch {} };
  const isPhone = (el) => el instanceof HTMLInputElement && [...(el.labels ?? [])].some((l) => /来电号码|Caller/.test(l.textContent ?? ''));
  document.addEventListener('focusin', (e) => {
    if (marks.loginShown === undefined && e.target instanceof HTMLInputElement && e.target.autocomplete === 'username') {
      marks.loginShown = performance.now();
      tell('loginShown');
    }
    if (marks.phoneFocused === undefined && isPhone(e.target)) {
      marks.phoneFocused = performance.now();
      tell('phoneFocused');
    }
  }, true);
  document.addEventListener('submit', () => { marks.submitted ??= performance.now(); }, true);
  document.addEventListener('keydown', (e) => { if (e.key === '1' && isPhone(e.target)) marks.keyArrived ??= e.timeStamp; }, true);
  document.addEventListener('input', (e) => {
    if (marks.usable === undefined && isPhone(e.target) && e.target.value === '1') {
      marks.usable = performance.now();
      tell('usable');
    }
  }, true);
})()`;

export interface FirstScreenMarks {
  /** The page's performance.timeOrigin (epoch ms): its navigation's start. */
  readonly timeOrigin: number;
  /** The login form shown, its username field focused. */
  readonly loginShown: number;
  readonly submitted: number;
  /** The intake form rendered and its first field focused. */
  readonly phoneFocused: number;
  /** The robot's key reached the page (its keydown's timestamp): phoneFocused → this is the robot's reaction. */
  readonly keyArrived: number;
  /** The intake form rendered, its first field focused and holding the key typed into it. */
  readonly usable: number;
}

type MarkName = 'loginShown' | 'phoneFocused' | 'usable';

/**
 * The robot's side of the marks: `mark(name)` resolves when the page reports it (at once if it
 * already did in this document), and the key goes out the moment the phone field is focused.
 */
async function robotOn(page: Page) {
  let seen = new Set<MarkName>();
  const waiting = new Map<MarkName, () => void>();
  await page.exposeBinding('__firstScreenMark', (_source, name: MarkName) => {
    // No polling interval between the form being ready and the key: it is sent from here.
    if (name === 'phoneFocused') page.keyboard.press('1').catch(() => undefined);
    seen.add(name);
    waiting.get(name)?.();
  });
  await page.addInitScript(marksScript);
  return {
    mark: (name: MarkName) =>
      new Promise<void>((done, fail) => {
        if (seen.has(name)) return done();
        const timer = setTimeout(() => fail(new Error(`the page did not reach ${name} in 60 s`)), 60_000);
        waiting.set(name, () => {
          clearTimeout(timer);
          done();
        });
      }),
    /** A new document is coming: its marks start again. */
    forget: () => (seen = new Set()),
  };
}

const readMarks = async (page: Page) => (await page.evaluate('({ ...window.__firstScreen, timeOrigin: performance.timeOrigin })')) as FirstScreenMarks;

async function logInToUsableForm(page: Page, robot: Awaited<ReturnType<typeof robotOn>>, url: string): Promise<FirstScreenMarks> {
  const loginShown = robot.mark('loginShown');
  await page.goto(url, { waitUntil: 'commit' });
  await loginShown;
  // A person takes a few seconds over the name and password, while the console fetches the
  // frame and intake code; the robot waits for that quiet moment instead of typing at once.
  await page.waitForLoadState('networkidle');
  await page.locator('input[autocomplete="username"]').fill('op01');
  await page.locator('input[autocomplete="current-password"]').fill('demo-op01');
  const usable = robot.mark('usable');
  await page.keyboard.press('Enter');
  await usable;
  return readMarks(page);
}

/** Opens the console in a new tab of `context`, logs in as an operator, types one digit into intake's first field. */
export async function openToUsableForm(context: BrowserContext, url: string): Promise<FirstScreenMarks> {
  const page = await context.newPage();
  try {
    return await logInToUsableForm(page, await robotOn(page), url);
  } finally {
    await page.close();
  }
}

/**
 * A warm reload (F5) of a logged-in tab: the tab keeps its session (sessionStorage) and the core
 * still knows it, so no password is checked; navigation → intake's first field holding a key.
 */
export async function reloadToUsableForm(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const robot = await robotOn(page);
    await logInToUsableForm(page, robot, url);
    await page.waitForLoadState('networkidle');
    robot.forget();
    const usable = robot.mark('usable');
    await page.reload({ waitUntil: 'commit' });
    await usable;
    return (await readMarks(page)).usable;
  } finally {
    await page.close();
  }
}

/**
 * The console's own share of navigation → usable form: everything except the time between the
 * login form appearing and its submission (the person's typing; the robot's wait and typing).
 */
export const consoleTime = (m: FirstScreenMarks): number => m.usable - (m.submitted - m.loginShown);

/** Navigation to the load event of a small static file of the same server: the network and browser's own floor. */
export async function bareStaticLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(new URL('favicon.svg', url).href, { waitUntil: 'load' });
    return (await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventEnd')) as number;
  } finally {
    await page.close();
  }
}

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** What every page of the bench is laid out for. */
export const pageOptions = { locale: 'zh-CN', viewport: { width: 1440, height: 900 } } as const;

export async function launchChromium(playwright: typeof import('playwright-core')): Promise<Browser> {
  return playwright.chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/**
 * A browser whose profile is kept on disk (a new folder, removed by `close`), as a seat's Chrome
 * profile and Electron's persistent session are. Chromium keeps V8's compiled code (and the HTTP
 * cache) on disk only for such storage; `browser.newContext()` keeps its storage in memory, where
 * every load compiles the console's code again (docs/decisions/0052, 0053).
 */
export async function launchKeptProfile(playwright: typeof import('playwright-core')): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lianxin-first-screen-profile-'));
  try {
    const context = await playwright.chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: chromiumArgs, ...pageOptions });
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
