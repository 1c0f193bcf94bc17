import { expect, test, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { ConsolePage } from '../e2e/pages/console';
import { startBrowserMode, type BrowserMode } from '../e2e/support/browser-mode';

const out = resolve(import.meta.dirname, '../../docs/screenshots');
let server: BrowserMode | null = null;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startBrowserMode(undefined, { demoHistory: true });
});
test.afterAll(async () => {
  await server?.stop();
});

/** The screen as it is (zh-CN), then the same screen in English (Alt+L), then back to Chinese. */
async function shoot(page: Page, name: string, englishShows: RegExp): Promise<void> {
  await page.screenshot({ path: join(out, `${name}-zh.png`) });
  await page.keyboard.press('Alt+l');
  await expect(page.locator('body')).toContainText(englishShows);
  await page.screenshot({ path: join(out, `${name}-en.png`) });
  await page.keyboard.press('Alt+l');
}

async function logIn(page: Page, username: string): Promise<ConsolePage> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server?.url ?? '');
  const seat = new ConsolePage(page);
  await seat.logIn(username);
  return seat;
}

test('intake: a call about a meal that did not come, its suggested category accepted (Alt+A) and the unit the rules suggest', async ({ page }) => {
  const seat = await logIn(page, 'op01');
  await page.getByLabel('来电号码').fill('13800138000');
  await page.getByLabel('来电人姓名（可空：匿名）').fill('张阿姨');
  await seat.pick('所属居村委', '绿地');
  await page.keyboard.press('Alt+2');
  await page.getByLabel('诉求内容').fill('助餐点今天的午饭没有送到，家里两位老人还没吃饭');
  await expect(page.getByRole('radio', { name: /求助/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('category-suggestions')).toContainText('助餐');
  await page.keyboard.press('Alt+a');
  await expect(page.getByRole('combobox', { name: '分类' })).toHaveValue(/助餐/);
  await expect(page.getByText('按派单规则建议')).toBeVisible();
  await shoot(page, 'intake', /Description|Caller/);
});

test('the dispatch board of the living town, and a case opened from it', async ({ page }) => {
  await logIn(page, 'sup01');
  await page.keyboard.press('F4');
  await expect(page.getByTestId('board-row').first()).toBeVisible();
  await expect(page.getByTestId('board-count')).toContainText(/在办 \d{2,} 件/);
  await shoot(page, 'board', /open/i);
  await page.getByTestId('board-row').first().press('Enter');
  await expect(page.getByTestId('custody-ledger')).toBeVisible();
  await shoot(page, 'case', /Accept|Note|Custody/i);
});

test('the wall display, callers masked', async ({ page }) => {
  await logIn(page, 'sup01');
  await page.keyboard.press('F9');
  const wall = page.getByTestId('wall');
  await expect(wall.getByTestId('wall-privacy')).toContainText('隐私模式：开');
  await expect(wall.getByTestId('wall-case').first()).toBeVisible();
  await shoot(page, 'wall', /Privacy/i);
});

test("the quarter's assessment ranking", async ({ page }) => {
  await logIn(page, 'sup01');
  await page.keyboard.press('Alt+g');
  await page.getByRole('combobox', { name: '考核期间' }).click();
  await page.getByRole('option', { name: '季度', exact: true }).click();
  await expect(page.getByTestId('assessment-row').first()).toBeVisible({ timeout: 60_000 });
  await shoot(page, 'assessment', /Assessment|Ranking/i);
});
