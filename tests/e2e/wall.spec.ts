import { expect, test, type Locator } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

/** The names a chart prints on its axes (not its figures). */
async function namesShown(chart: Locator): Promise<string[]> {
  const texts = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
  return texts.filter((text) => !/^[\d.]+%?$/u.test(text.trim()));
}

test('on the wall every bar of the open-cases and unit charts is named, at the screen size of a seat', async ({ page }) => {
  server = await startBrowserMode(undefined, { demoHistory: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('F9');
  for (const id of ['wall-open-chart', 'wall-ranking-chart']) {
    const chart = page.getByTestId(id);
    const bars = chart.locator('.recharts-bar-rectangle');
    await expect(bars.first()).toBeVisible();
    const count = await bars.count();
    expect(count).toBeGreaterThan(3);
    expect(await namesShown(chart)).toHaveLength(count);
  }
  // The units to chase first: the lowest on-time rate on top, and the demo's slow unit among them.
  const rates = (await page.getByTestId('wall-ranking-chart').locator('.recharts-label-list text').allTextContents()).map((r) => Number.parseInt(r, 10));
  expect(rates.length).toBeGreaterThan(3);
  expect(rates).toEqual([...rates].sort((a, b) => a - b));
  expect(rates[0]).toBeLessThan(100);
  // The last seven days, each named on its axis.
  const days = (await page.getByTestId('wall-trend-chart').locator('.recharts-cartesian-axis-tick-value').allTextContents()).filter((d) => /^\d\d-\d\d$/u.test(d));
  expect(days).toHaveLength(7);
  await expect(page.getByTestId('wall-open-chart')).toContainText('已派单');
  await expect(page.getByTestId('wall-open-chart')).toContainText('已签收');
});

test('on a 1366×768 wall in English no two names of a chart are written over each other, and the last day is whole', async ({ browser }) => {
  server = await startBrowserMode(undefined, { demoHistory: true });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('Alt+l');
  await expect(page.getByRole('button', { name: /Log out/ })).toBeVisible();
  await page.keyboard.press('F9');
  for (const id of ['wall-open-chart', 'wall-ranking-chart']) {
    const ticks = page.getByTestId(id).locator('.recharts-yAxis-tick-labels text');
    await expect(ticks.first()).toBeVisible();
    const boxes = await ticks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    expect(boxes.length).toBeGreaterThan(1);
    // A text's box holds its font's ascent and descent: neighbours in 18 px type may touch by up to 6 px, a name wrapped over the next overlaps by a line.
    for (const [i, box] of boxes.slice(1).entries()) expect(box.top, `${id}: name ${i + 2} clear of name ${i + 1}`).toBeGreaterThanOrEqual((boxes[i]?.bottom ?? 0) - 8);
  }
  const chart = await page.getByTestId('wall-trend-chart').boundingBox();
  const lastDay = await page.getByTestId('wall-trend-chart').locator('.recharts-xAxis-tick-labels text').last().boundingBox();
  expect(lastDay && chart && lastDay.x + lastDay.width).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0));
});
