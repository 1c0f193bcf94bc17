import { expect, test } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startStandInHub, type StandInHub } from '../../electron/core/sync/testing/stand-in-hub';
import { mealCase } from '../support/meal-case';
import { CaseDetail } from './pages/case-detail';
import { ConsolePage } from './pages/console';
import { connectApi } from './support/api';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { openSeat } from './support/seat';

let server: BrowserMode | null = null;
let hub: StandInHub | null = null;
test.afterEach(async () => {
  await server?.stop();
  await hub?.close();
  server = null;
  hub = null;
});

test('an admin enrolls the seat by keyboard; the app bar shows the link online, offline since HH:MM, and online again', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The in-process STAND-IN hub: the real one (hub/, PostgreSQL) replaces it when it lands.
  hub = await startStandInHub();
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  const chip = page.getByTestId('sync-chip');
  await expect(chip).toContainText('单机运行 · 未接入中心');
  // The demo town's history waits for a hub it has never joined: no backlog count that reads like an outage.
  await expect(chip).not.toContainText('待发');
  await expect(chip).toContainText('Alt+Y');

  await page.keyboard.press('Alt+Y');
  await expect(page.getByRole('heading', { name: '与中心同步' })).toBeVisible();
  await expect(page.getByLabel('中心地址')).toBeFocused();
  await page.keyboard.type(hub.url);
  await page.keyboard.press('Tab');
  await page.keyboard.type(hub.issueCode('GH01'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('高行镇热线中心 1 号席');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已登记，开始同步。')).toBeVisible();
  await expect(chip).toContainText('在线', { timeout: 15_000 });
  expect(statSync(join(server.dataDir, 'hub-credential')).mode & 0o777).toBe(0o600);

  hub.setDown(true);
  await expect(chip).toContainText(/离线 自 \d\d:\d\d/, { timeout: 20_000 });
  await expect(page.getByRole('row', { name: /上次同步失败/ })).toContainText('连不上中心');
  // A case dispatched while offline says it has not reached the unit yet: the operator may phone it.
  const { page: desk, console: operator } = await openSeat(browser, server.url, 'op01');
  await expect(desk.getByTestId('sync-chip')).toContainText(/离线 自 \d\d:\d\d/);
  await operator.fileMealCase();
  await expect(desk.getByRole('status')).toContainText('本座席离线，恢复连接后送达该单位');
  hub.setDown(false);
  await expect(chip).toContainText('在线', { timeout: 30_000 });
});

test('a seat whose clock runs 7 minutes ahead of the hub shows it on the link chip and beside each event it wrote', async ({ page }) => {
  test.setTimeout(120_000);
  hub = await startStandInHub();
  server = await startBrowserMode();
  const api = await connectApi(server.url);
  try {
    await api.logIn('admin');
    await api.call('sync:enroll', { hubUrl: hub.url, code: hub.issueCode('GH01'), label: '热线中心 1 号席' });
    // hub − seat: the seat's clock is 7 minutes ahead.
    hub.setSkewMs(-7 * 60_000);
    await api.logIn('op01');
    const filed = await api.call('cases:create', mealCase);
    await page.goto(server.url);
    await new ConsolePage(page).logIn('sup01');
    await expect(page.getByTestId('sync-chip')).toContainText('时钟偏差 +7 分钟', { timeout: 20_000 });
    await new CaseDetail(page).openFromQueue('F3', filed.number, 'case-row');
    const timeline = new CaseDetail(page).timeline();
    await expect(timeline.getByTestId('skew-mark').first()).toContainText('时钟偏差 +7 分钟');
    await expect(timeline.getByTestId('skew-mark')).toHaveCount(await timeline.getByRole('listitem').count());
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+l');
    await new CaseDetail(page).openFromQueue('F3', filed.number, 'case-row');
    await expect(new CaseDetail(page).timeline().getByTestId('skew-mark').first()).toContainText('clock off by +7 min');
  } finally {
    api.close();
  }
});

test("a unit's desk says whose desk it is on its login form, before a password is typed, and refuses another unit's login", async ({ page, browser }) => {
  test.setTimeout(60_000);
  hub = await startStandInHub();
  server = await startBrowserMode();
  await page.goto(server.url);
  await expect(page.getByLabel('用户名')).toBeFocused();
  await expect(page.getByTestId('unit-desk')).toHaveCount(0);
  await new ConsolePage(page).logIn('admin');
  await page.keyboard.press('Alt+Y');
  await expect(page.getByLabel('中心地址')).toBeFocused();
  await page.keyboard.type(hub.url);
  await page.keyboard.press('Tab');
  await page.keyboard.type(hub.issueCode('GH01', { scope: 'unit', unitId: 'unit.cmt.lvdi' }));
  await page.keyboard.press('Tab');
  await page.keyboard.type('绿地居委会');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已登记，开始同步。')).toBeVisible();

  const next = await (await browser.newContext()).newPage();
  await next.goto(server.url);
  await expect(next.getByTestId('unit-desk')).toHaveText('本座席是「绿地居委会」的单位座席：只有该单位的人员和管理员在此登录。');
  await expect(next.getByText('请用本单位的账号')).toBeVisible();
  await next.getByLabel('用户名').fill('op01');
  await next.getByLabel('密码').fill('demo-op01');
  await next.keyboard.press('Enter');
  await expect(next.getByRole('alert')).toContainText('绿地居委会');
});
