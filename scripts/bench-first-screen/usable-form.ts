import type { Browser, BrowserContext } from 'playwright-core';

/**
 * Marks in the page, in ms since its navigation started (performance.now()): when the login
 * form's first field took focus, when it was submitted, and when the intake form's first field
 * (来电号码, focused by itself) took a typed key. Installed before any of the page's scripts run.
 * Source text, not a function: tsx would wrap a function with a helper the page does not have.
 */
const marksScript = `(() => {
  const marks = (window.__firstScreen = {});
  const isPhone = (el) => el instanceof HTMLInputElement && [...(el.labels ?? [])].some((l) => /来电号码|Caller/.test(l.textContent ?? ''));
  document.addEventListener('focusin', (e) => {
    if (marks.loginShown === undefined && e.target instanceof HTMLInputElement && e.target.autocomplete === 'username') marks.loginShown = performance.now();
    if (isPhone(e.target)) marks.phoneFocused ??= performance.now();
  }, true);
  document.addEventListener('submit', () => { marks.submitted ??= performance.now(); }, true);
  document.addEventListener('input', (e) => { if (isPhone(e.target) && e.target.value === '1') marks.usable ??= performance.now(); }, true);
})()`;

export interface FirstScreenMarks {
  /** The page's performance.timeOrigin (epoch ms): its navigation's start. */
  readonly timeOrigin: number;
  /** The login form shown, its username field focused. */
  readonly loginShown: number;
  readonly submitted: number;
  /** The intake form rendered, its first field focused and holding the key typed into it. */
  readonly usable: number;
}

interface Marked {
  __firstScreen: Partial<FirstScreenMarks> & { phoneFocused?: number };
}

/** Opens the console in a new tab of `context`, logs in as an operator, types one digit into intake's first field. */
export async function openToUsableForm(context: BrowserContext, url: string): Promise<FirstScreenMarks> {
  const page = await context.newPage();
  try {
    await page.addInitScript(marksScript);
    await page.goto(url, { waitUntil: 'commit' });
    const username = page.locator('input[autocomplete="username"]');
    await username.waitFor();
    // A person takes a few seconds over the name and password, while the console fetches the
    // frame and intake code; the robot waits for that quiet moment instead of typing at once.
    await page.waitForLoadState('networkidle');
    await username.fill('op01');
    await page.locator('input[autocomplete="current-password"]').fill('demo-op01');
    await page.keyboard.press('Enter');
    // Predicates as functions: the console's CSP forbids evaluating strings in the page.
    await page.waitForFunction(() => (window as unknown as Marked).__firstScreen.phoneFocused !== undefined, null, { polling: 'raf', timeout: 60_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(() => (window as unknown as Marked).__firstScreen.usable !== undefined, null, { polling: 'raf' });
    return (await page.evaluate('({ ...window.__firstScreen, timeOrigin: performance.timeOrigin })')) as FirstScreenMarks;
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

export async function launchChromium(playwright: typeof import('playwright-core')): Promise<Browser> {
  return playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
