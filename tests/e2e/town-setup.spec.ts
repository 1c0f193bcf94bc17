import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('an admin adds a unit and the rule that routes 居家养老 in 绿地 to it; the operator’s intake then suggests that unit', async ({ page, browser }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  const admin = new ConsolePage(page);
  await admin.logIn('admin');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: '命令' }).fill('单位与分类');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /单位、派单规则与分类/ })).toBeVisible();
  // The unit's name has the focus; Enter saves.
  await page.keyboard.type('垃圾分类办');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toContainText('已保存：垃圾分类办');
  await expect(page.getByTestId('unit-row').filter({ hasText: '垃圾分类办' })).toBeVisible();

  const rules = page.getByRole('region', { name: '派单规则' });
  for (const [label, typed] of [['分类', 'jjyl'], ['居村委', 'ldjw'], ['建议派往', 'ljfl']] as const) {
    const box = rules.getByRole('combobox', { name: label, exact: true });
    await box.focus();
    await box.fill(typed);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await box.press('Enter');
  }
  await rules.getByRole('combobox', { name: '建议派往', exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已保存规则' })).toContainText('居家养老 → 垃圾分类办');
  await page.screenshot({ path: 'test-results/town-setup-zh.png', fullPage: true });

  const desk = await (await browser.newContext()).newPage();
  await desk.goto(server.url);
  const op = new ConsolePage(desk);
  await op.logIn('op01');
  await desk.getByLabel('来电号码').fill('13800138000');
  await op.pick('所属居村委', 'ldjw');
  await op.pick('分类', 'jjyl');
  await desk.getByLabel('诉求内容').fill('独居老人需要上门照护');
  await expect(desk.getByRole('combobox', { name: '首派承办单位' })).toHaveValue('垃圾分类办');
});
