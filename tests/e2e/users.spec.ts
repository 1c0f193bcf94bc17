import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('an admin adds a person by keyboard, who then logs in; switched off, they no longer can', async ({ page, browser }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: '命令' }).fill('人员账号');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /人员账号/ })).toBeVisible();
  // The name field has the focus: the admin types and tabs through the form, Enter saves.
  await page.keyboard.type('赵敏');
  await page.keyboard.press('Tab');
  await page.keyboard.type('op-zhao');
  await page.getByLabel('初始密码').fill('zhao-2026-op');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('已保存：赵敏');
  const row = page.getByTestId('account-row').filter({ hasText: 'op-zhao' });
  await expect(row).toContainText('话务员');

  const theirs = await (await browser.newContext()).newPage();
  await theirs.goto(server.url);
  await new ConsolePage(theirs).logIn('op-zhao', 'zhao-2026-op');
  await expect(theirs.getByTestId('current-user')).toContainText('赵敏');

  await row.getByRole('button', { name: '停用' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('已停用：赵敏');
  await expect(row).toContainText('已停用');
  await page.screenshot({ path: 'test-results/users-zh.png', fullPage: true });

  const again = await (await browser.newContext()).newPage();
  await again.goto(server.url);
  await again.getByLabel('用户名').fill('op-zhao');
  await again.getByLabel('密码').fill('zhao-2026-op');
  await again.keyboard.press('Enter');
  await expect(again.getByRole('alert')).toContainText('用户名或密码');
});
