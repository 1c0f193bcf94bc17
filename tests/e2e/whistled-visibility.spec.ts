import { expect, test, type Browser, type Page } from '@playwright/test';
import { mealCase } from '../support/meal-case';
import { ConsolePage } from './pages/console';
import { connectApi } from './support/api';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';

/** Another unit's case, with 绿地居委会 whistled in: what the committee's handler finds and sees. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

async function whistledCase(): Promise<string> {
  const op = await connectApi(server.url);
  const owner = await connectApi(server.url);
  try {
    await op.logIn('op01');
    await owner.logIn('h-zhucan');
    const filed = await op.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' });
    await owner.call('cases:act', { caseId: filed.id, action: 'case.accepted', payload: {} });
    await owner.call('cases:act', {
      caseId: filed.id,
      action: 'case.whistled',
      payload: { unitIds: ['unit.cmt.lvdi'], question: '请居委协助核实两位老人的居住情况' },
    });
    return filed.number;
  } finally {
    op.close();
    owner.close();
  }
}

async function seat(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await new ConsolePage(page).logIn(username);
  return page;
}

async function search(page: Page, query: string): Promise<void> {
  // Pressed the moment the console is drawn, the key can come before its bindings are (bound just after
  // the first paint, which a loaded machine delays): a person would press it again, and so does this.
  const bar = page.getByRole('combobox', { name: '命令' });
  await expect(async () => {
    if (!(await bar.isVisible())) await page.keyboard.press('Control+k');
    await expect(bar).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await bar.fill(query);
  await page.getByRole('option', { name: `搜索「${query}」` }).click();
  await expect(page.getByTestId('search-count')).toBeVisible();
}

test('a committee whistled into another unit’s case finds it by search and sees its clocks', async ({ browser }) => {
  const number = await whistledCase();
  const committee = await seat(browser, 'h-lvdi');
  await search(committee, '吃饭成了大问题');
  const hit = committee.getByTestId('search-hit').filter({ hasText: number });
  await expect(hit).toBeVisible();
  await hit.focus();
  await hit.press('Enter');

  const clocks = committee.getByTestId('case-clocks');
  await expect(clocks.locator('[data-clock="whistle:unit.cmt.lvdi"]')).toContainText('绿地居委会');
  await expect(clocks.locator('[data-clock="reply"]')).toContainText('助餐服务中心');
  await expect(committee.getByTestId('custody-ledger')).toContainText('助餐服务中心');

  // A unit with no part in it finds nothing.
  const unrelated = await seat(browser, 'h-chengguan');
  await search(unrelated, '吃饭成了大问题');
  await expect(unrelated.getByTestId('search-count')).toHaveText('无匹配工单');
});
