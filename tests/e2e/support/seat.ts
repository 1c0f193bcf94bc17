import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { CaseDetail } from '../pages/case-detail';
import { ConsolePage } from '../pages/console';

/** One seat: its own browser context (as another desk would be), logged in as `username`. */
export async function openSeat(
  browser: Browser,
  url: string,
  username: string,
  context: BrowserContextOptions = {},
): Promise<{ page: Page; console: ConsolePage; detail: CaseDetail }> {
  const page = await (await browser.newContext(context)).newPage();
  await page.goto(url);
  const console = new ConsolePage(page);
  await console.logIn(username);
  return { page, console, detail: new CaseDetail(page) };
}
