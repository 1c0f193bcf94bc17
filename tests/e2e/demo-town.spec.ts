import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('a new user meets a living town: the board full of clocks in every state, requests waiting, cards given', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode(undefined, { demoHistory: true });
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('F4');
  await expect(page.getByTestId('board-count')).toContainText(/在办 \d{2,} 件/);
  const chips = page.getByTestId('board-row').getByTestId('clock-chip');
  // The board draws only the rows in view, the nearest deadline first; which clocks are near depends
  // on the hour the town was seeded, so each is looked for down the list.
  const downTheBoard = async (wanted: typeof chips, what: string) => {
    await page.getByTestId('board-rows').evaluate((list) => list.scrollTo({ top: 0 }));
    await expect
      .poll(async () => {
        const seen = await wanted.count();
        if (seen === 0) await page.getByTestId('board-rows').evaluate((list) => list.scrollBy({ top: 400 }));
        return seen;
      }, { message: what })
      .toBeGreaterThan(0);
  };
  for (const status of ['overdue', 'warning', 'ok']) await downTheBoard(chips.and(page.locator(`[data-status="${status}"]`)), `a ${status} clock on the board`);
  // A saved case nobody has dispatched yet runs its dispatch clock on the board.
  await downTheBoard(chips.filter({ hasText: '派单' }), 'an undispatched case’s dispatch clock');
  await page.keyboard.press('F6');
  await expect(page.getByText(/退单|延期/).first()).toBeVisible();
  // Each request waiting for a ruling shows how long it may still wait, and the demo's oldest are overdue.
  await expect(page.getByTestId('queue-row').getByTestId('clock-chip').and(page.locator('[data-status="overdue"]')).first()).toBeVisible();
  await page.keyboard.press('F10');
  await expect(page.getByTestId('card-row').first()).toBeVisible();
  // The cards read as the other lists do: their key, how many, how to move; each column names what it holds.
  const cards = page.getByRole('region', { name: '督办卡' });
  await expect(cards.getByText('F10')).toBeVisible();
  await expect(cards.getByText(/^\d+ 张$/)).toBeVisible();
  await expect(cards.getByText('↑↓ 或 j/k 移动')).toBeVisible();
  await expect(cards.getByRole('columnheader').first()).toHaveText('等级');
  // The calendar's page says once that the holidays run out, beside the button that loads them.
  const warned = await page.getByTestId('calendar-warning').isVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('sxsz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '时限规则与工作日历' })).toBeVisible();
  await expect(page.getByText(/^工作日历(只覆盖到|已于)/)).toHaveCount(warned ? 1 : 0);

  // The callbacks at 1366 × 768 in English: each number, time, unit and phone on one line, every clock on screen.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('Alt+l');
  await page.keyboard.press('F7');
  // The supervisor's eleven views fit one row of the navigation in English too.
  await expect(page.getByRole('navigation').getByRole('button', { name: /Callbacks/ })).toHaveAttribute('aria-current', 'page');
  // A button without a key is a little lower than one with: one row is every button starting above the first one's bottom.
  const boxes = await page.getByRole('navigation').getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(10);
  expect(Math.max(...boxes.map((b) => b.top))).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
  const callbacks = page.getByTestId('queue-row');
  await expect(callbacks.first().getByTestId('clock-chip')).toBeVisible();
  const wrapped = await callbacks.evaluateAll((rows) =>
    rows.flatMap((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 5).flatMap((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        // A wrapped text has a box per line.
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return lines > 1 ? [td.textContent ?? ''] : [];
      }),
    ),
  );
  expect(wrapped).toEqual([]);
  for (const chip of await callbacks.getByTestId('clock-chip').all()) {
    const box = await chip.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366 - 16);
  }
});

test('each handler account finds today’s work waiting: to sign for, to contact, to reply to, a refused return, an extension', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode(undefined, { demoHistory: true });
  await page.goto(server.url);
  await new ConsolePage(page).logIn('h-lvdi');
  await page.keyboard.press('F4');
  const rows = page.getByTestId('queue-row');
  for (const status of ['已派单', '已签收', '已联系', '延期待审']) await expect(rows.filter({ hasText: status }).first()).toBeVisible();
  // Two to sign for at least: the one filed this morning, and the one whose return the supervisor refused.
  expect(await rows.filter({ hasText: '已派单' }).count()).toBeGreaterThanOrEqual(2);
});

test('a dispatcher sends a waiting case from the full board and keeps working it by keys: the focus stays on the board', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode(undefined, { demoHistory: true });
  await page.goto(server.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await new ConsolePage(page).logIn('disp01');
  await page.keyboard.press('F4');
  // Down the board by keys to a case waiting for its dispatch: just after midnight the cases whose
  // day ran out at 24:00 come first, more of them than the rows drawn.
  await expect(page.locator('[data-testid="board-row"]:focus')).toHaveCount(1);
  const waitingFocused = page.locator('[data-testid="board-row"]:focus').filter({ has: page.getByTestId('clock-chip').filter({ hasText: '派单' }) });
  for (let step = 0; step < 300 && (await waitingFocused.count()) === 0; step++) await page.keyboard.press('ArrowDown');
  await expect(waitingFocused).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: '派单至' })).toBeFocused();
  await page.keyboard.type('fgb');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('timeline')).toContainText('房管办');
  // Its next deadline now a day off, the case moves down the board, out of the rows drawn.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="board-row"]:focus')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-title')).toBeVisible();
});

test('--empty starts the town with no cases', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('F3');
  await expect(page.getByText('暂无工单')).toBeVisible();
});
