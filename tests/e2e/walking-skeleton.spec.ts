import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
let dataDir: string | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
});

test('an operator files a case, dispatches it, and finds it again after a restart', async ({ page }) => {
  // The seat is started twice on one folder, so the folder is this test's, not browser mode's.
  dataDir = mkdtempSync(join(tmpdir(), 'lianxin-e2e-'));
  server = await startBrowserMode(dataDir);
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await expect(page.getByRole('heading', { name: '连心线' })).toBeVisible();
  await seat.logIn('op01');
  await expect(page.getByText('高行镇 · 演示数据')).toBeVisible();

  const number = await seat.fileMealCase();
  expect(number).toMatch(/^GH01-\d{8}-0001$/);

  await page.keyboard.press('F3');
  const row = seat.caseRows().filter({ hasText: number });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('已派单');
  await expect(row).toContainText('绿地居委');
  const unit = (await row.locator('td').nth(6).textContent()) ?? '';
  expect(unit).not.toBe('—');

  expect(await server.stop()).toBe(0);
  server = await startBrowserMode(dataDir);
  await page.goto(server.url);
  await seat.logIn('op01');
  await page.keyboard.press('F3');
  const again = seat.caseRows().filter({ hasText: number });
  await expect(again).toHaveCount(1);
  await expect(again).toContainText('已派单');
  await expect(again.locator('td').nth(6)).toHaveText(unit);
});

test('a page left open while its seat restarts asks for the login again and keeps the call being typed', async ({ page }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'lianxin-e2e-'));
  server = await startBrowserMode(dataDir);
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await seat.logIn('op01');
  const description = page.getByRole('textbox', { name: '诉求内容' });
  await description.fill('小区门口路灯不亮，晚上很黑');
  const port = Number(new URL(server.url).port);
  await expect(page.getByTestId('sync-chip')).toContainText('单机运行');
  await server.stop();
  // Cut off from its core, the page says so and claims nothing of the seat's link to the hub.
  await expect(page.getByText('与服务的连接已断开，正在重连…')).toBeVisible();
  await expect(page.getByTestId('sync-chip')).toHaveCount(0);
  server = await startBrowserMode(dataDir, { port });
  // The page reconnects by itself; the new core knows no session, and the page says so instead of failing each call.
  await expect(page.getByTestId('session-lost')).toContainText('登录已失效', { timeout: 30_000 });
  await seat.logIn('op01');
  await expect(description).toHaveValue('小区门口路灯不亮，晚上很黑');
  await expect(page.getByTestId('session-lost')).toHaveCount(0);
});

test('a bad save shows a clear message and files nothing; English is remembered', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await seat.logIn('op01');
  await page.getByLabel('诉求内容').fill('   ');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert')).toContainText('「分类」');
  await page.keyboard.press('F3');
  await expect(page.getByText('暂无工单')).toBeVisible();

  await page.keyboard.press('Alt+l');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});

test('a handler logs in and sees only its own unit, with no intake', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await seat.logIn('h-lvdi');
  await expect(page.getByRole('button', { name: /新建工单/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '本单位待办' })).toBeVisible();
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: '工单列表' })).toBeVisible();
});

test('a logout leaves nothing of the last person: the next one meets an empty, focused intake form that takes keys', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await seat.logIn('op01');
  const phone = page.getByLabel('来电号码');
  await expect(phone).toBeFocused();
  await page.keyboard.type('13800138000');
  await page.getByLabel('诉求内容').fill('楼道灯坏了');
  const me = await page.getByTestId('current-user').innerText();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeFocused();
  await seat.logIn('op02');
  await expect(page.getByTestId('current-user')).not.toHaveText(me);
  await expect(phone).toBeFocused();
  await expect(phone).toHaveValue('');
  await expect(page.getByLabel('诉求内容')).toHaveValue('');
  await page.keyboard.type('139');
  await expect(phone).toHaveValue('139');
});
