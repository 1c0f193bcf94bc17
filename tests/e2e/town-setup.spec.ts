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
  await expect(page.getByRole('heading', { name: /单位、派单规则、分类与居村委/ })).toBeVisible();
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

test('an admin adds a committee by keyboard; an operator already at work picks it at once, no new login', async ({ page, browser }) => {
  server = await startBrowserMode();
  const desk = await (await browser.newContext()).newPage();
  await desk.goto(server.url);
  const op = new ConsolePage(desk);
  await op.logIn('op01');

  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: '命令' }).fill('单位与分类');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /单位、派单规则、分类与居村委/ })).toBeVisible();
  // Alt+4 jumps past the units, rules and categories lists to the committee's name.
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('textbox', { name: '居村委名称' })).toBeFocused();
  await page.keyboard.type('森兰二居委');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '森兰二居委' })).toContainText('并建其承办单位「森兰二居委会」');
  await expect(page.getByTestId('committee-row').filter({ hasText: '森兰二居委' })).toBeVisible();

  await desk.getByLabel('来电号码').fill('13800138000');
  await op.pick('所属居村委', '森兰二');
  await expect(desk.getByRole('combobox', { name: '所属居村委' })).toHaveValue('森兰二居委');
  await op.pick('首派承办单位', '森兰二');
  await expect(desk.getByRole('combobox', { name: '首派承办单位' })).toHaveValue('森兰二居委会');

  await page.keyboard.press('Alt+l');
  await expect(page.getByRole('heading', { name: /Units, routing rules, categories and committees/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/town-setup-en.png', fullPage: true });
});
