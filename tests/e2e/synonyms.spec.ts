import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('an admin adds a synonym by keyboard; search then finds the full form by the shorthand', async ({ page, browser }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  const seat = new ConsolePage(page);
  await seat.logIn('op01');
  await page.getByLabel('来电号码').fill('13916228801');
  await page.getByLabel('来电人姓名（可空：匿名）').fill('李建国');
  await seat.pick('所属居村委', 'ldjw');
  await seat.pick('分类', '路灯');
  await page.getByLabel('诉求内容').fill('小区门口的灯杆被车撞歪了');
  await page.getByLabel('诉求内容').press('Control+s');
  await expect(page.getByRole('status')).toContainText(/工单 GH01-\d{8}-\d{4}/);
  const number = /GH01-\d{8}-\d{4}/.exec((await page.getByRole('status').textContent()) ?? '')?.[0] ?? '';
  // F8's field says it takes a phone, and before anything is typed it says how.
  await page.keyboard.press('F8');
  const field = page.getByLabel('搜索工单号、电话、姓名、地址或诉求内容');
  await expect(field).toBeFocused();
  await expect(page.getByTestId('search-count')).toContainText('后 4 位');
  await field.fill('13916228801');
  await expect(page.getByTestId('search-hit')).toContainText(number);
  // The caller's number in another form, and the last four digits, find the case.
  for (const query of ['+8613916228801', '8801']) {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: '命令' }).fill(query);
    await page.getByRole('option', { name: `搜索「${query}」` }).click();
    await expect(page.getByTestId('search-hit')).toContainText(number);
  }

  // The admin at another seat of the same core.
  const adminPage = await (await browser.newContext()).newPage();
  await adminPage.goto(server.url);
  await new ConsolePage(adminPage).logIn('admin');
  await adminPage.keyboard.press('Control+k');
  await adminPage.getByRole('combobox', { name: '命令' }).fill('同义词');
  await adminPage.keyboard.press('Enter');
  await expect(adminPage.getByRole('heading', { name: /同义词/ })).toBeVisible();
  await expect(adminPage.getByTestId('synonym-row').filter({ hasText: '违章搭建' })).toBeVisible();
  await adminPage.getByLabel('完整说法').fill('路灯杆');
  await adminPage.getByLabel('其他说法（用逗号或顿号分隔）').fill('灯杆');
  await adminPage.keyboard.press('Enter');
  await expect(adminPage.getByRole('status')).toContainText('已保存');
  await adminPage.keyboard.press('Control+k');
  await adminPage.getByRole('combobox', { name: '命令' }).fill('路灯杆');
  await adminPage.getByRole('option', { name: '搜索「路灯杆」' }).click();
  await expect(adminPage.getByTestId('search-hit')).toContainText(number);
});
