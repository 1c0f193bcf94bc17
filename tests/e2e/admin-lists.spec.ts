import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

async function openPage(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** Enter on a row's 删除 asks first: Esc keeps the row (and the focus on its button), Enter then deletes it. */
async function deleteByKeyboard(page: Page, row: ReturnType<Page['locator']>, named: string | RegExp, done: string | RegExp, form: ReturnType<Page['locator']>): Promise<void> {
  const remove = row.getByRole('button', { name: '删除' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(named);
  await expect(dialog.getByRole('button', { name: /删除/ })).toBeFocused();
  await expect(dialog).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();
  await expect(remove).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: /删除/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(done);
  // The next keys go to the form, not to a row that is gone.
  await expect(form).toBeFocused();
}

test('an admin deletes a knowledge-base entry only after saying so: Esc keeps it, Enter deletes it', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await openPage(page, '知识库');
  await expect(page.getByRole('heading', { name: '知识库管理' })).toBeVisible();
  const row = page.getByTestId('knowledge-row').filter({ hasText: '居住证怎么办理？' });
  await expect(row).toBeVisible();
  await deleteByKeyboard(page, row, /居住证怎么办理？/, /已删除：居住证怎么办理？/, page.getByLabel('问题'));
});

test('an admin deletes a synonym group only after saying so: Esc keeps it, Enter deletes it', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await openPage(page, '同义词');
  await expect(page.getByRole('heading', { name: /同义词/ })).toBeVisible();
  const row = page.getByTestId('synonym-row').filter({ hasText: '违章搭建' });
  await expect(row).toBeVisible();
  await deleteByKeyboard(page, row, /违章搭建/, /已删除：违章搭建/, page.getByLabel('完整说法'));
});

test('an admin deletes a routing rule only after saying so: Esc keeps it, Enter deletes it', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await openPage(page, '单位与分类');
  const rules = page.getByRole('region', { name: '派单规则' });
  const row = rules.getByTestId('rule-row').first();
  await expect(row).toBeVisible();
  const rule = (await row.locator('p').textContent()) ?? '';
  const category = rule.split(' · ')[0] ?? '';
  const before = await rules.getByTestId('rule-row').count();
  await deleteByKeyboard(page, rules.getByTestId('rule-row').filter({ hasText: rule }), rule, `已删除规则：${category}`,
    rules.getByRole('combobox', { name: '分类', exact: true }));
  await expect(rules.getByTestId('rule-row')).toHaveCount(before - 1);
});

test('an admin writes a two-line answer and saves it with Ctrl+Enter from the answer field', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await openPage(page, '知识库');
  await expect(page.getByLabel('问题')).toBeFocused();
  await expect(page.getByRole('button', { name: /保存/ })).toContainText('Ctrl+Enter');
  await page.keyboard.type('垃圾分类咨询电话是多少？');
  await page.keyboard.press('Tab');
  await page.keyboard.type('镇环卫所：');
  await page.keyboard.press('Enter');
  await page.keyboard.type('工作日 9:00—17:00');
  await expect(page.getByLabel('答复内容')).toHaveValue('镇环卫所：\n工作日 9:00—17:00');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('已保存');
  await expect(page.getByTestId('knowledge-row').filter({ hasText: '垃圾分类咨询电话是多少？' })).toContainText('工作日 9:00—17:00');
});
