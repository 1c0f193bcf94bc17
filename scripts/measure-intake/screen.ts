import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** The page size every flow is measured at (Playwright's default viewport, as before). */
export const screenSize = { width: 1280, height: 720 } as const;

/**
 * A page whose whole viewport is on the browser's display. Headless Chromium draws a window with
 * its own toolbar: a 1280 × 720 window shows only 633 px of page below an 87-px strip, while
 * Playwright's default viewport lays the page out 720 px tall. A change in the bottom 87 px (the
 * intake form's save bar) was then on no display at all: the display compositor skipped the draw
 * as one without damage ("Draw skipped.", root damage clipped to 0,87 1280×633) and the key's
 * Event Timing entry ended only at the next frame that damaged the visible part — the caret's
 * blink or the next key. So the page is laid out in the window itself (no emulated viewport) and
 * the window is grown by that strip, until the page's own size is `screenSize`.
 */
export async function onScreenPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({ ...options, viewport: null });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { windowId, bounds } = await cdp.send('Browser.getWindowForTarget');
    const inner = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    await cdp.send('Browser.setWindowBounds', {
      windowId,
      bounds: { width: (bounds.width ?? inner.width) + screenSize.width - inner.width, height: (bounds.height ?? inner.height) + screenSize.height - inner.height },
    });
    await page.waitForFunction(([w, h]) => innerWidth === w && innerHeight === h, [screenSize.width, screenSize.height] as const, { timeout: 5_000 });
  } finally {
    await cdp.detach();
  }
  return page;
}
