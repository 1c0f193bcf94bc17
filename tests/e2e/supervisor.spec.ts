import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { accepted, caseAt, contacted, replied, satisfied } from './support/scene';
import { openSeat } from './support/seat';

/** What a supervisor expects beyond automatic cards: chasing a case by hand, reopening on a call-back. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

async function openInCaseList(page: import('@playwright/test').Page, number: string): Promise<void> {
  await page.keyboard.press('F3');
  const row = page.getByTestId('case-row').filter({ hasText: number });
  await row.focus();
  await row.press('Enter');
}

test('a supervisor cards an open case by hand with a note (Alt+D); it is in the history and with the cards', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'sup01');
  await openInCaseList(page, number);
  await expect(detail.dialog().getByRole('button', { name: /督办.*Alt\+D/ })).toBeVisible();
  await detail.act('Alt+d', { 督办牌: { option: '红牌' }, 备注: '老人吃饭问题，今天内必须上门' });
  await expect(detail.timeline()).toContainText('督办 · 红牌：老人吃饭问题，今天内必须上门');
  await detail.close();
  await page.keyboard.press('F10');
  const card = page.getByTestId('card-row').filter({ hasText: number });
  await expect(card).toContainText('红牌');
  await expect(card).toContainText('督办');
});

test('a closed case is reopened to the same unit when the citizen calls back (Alt+O)', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted, contacted, replied], { after: [satisfied] });
  const sup = await openSeat(browser, server.url, 'sup01');
  await openInCaseList(sup.page, number);
  await sup.detail.expectStatus('已关闭');
  await sup.detail.act('Alt+o', { 理由: '来电人反映配送又停了' });
  await sup.detail.expectStatus('重办');
  await sup.detail.close();

  const handler = await openSeat(browser, server.url, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.accept();
});

test('a dispatcher marks a case 群体性 by keyboard (Alt+Q): shown on the case, its history and its board row, and taken off the same way', async ({ browser }) => {
  test.setTimeout(120_000);
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'disp01');
  await openInCaseList(page, number);
  await expect(detail.dialog().getByRole('button', { name: /标记群体性\/历史遗留.*Alt\+Q/ })).toBeVisible();
  await detail.act('Alt+q', { 标记: { option: '群体性' }, 标记或取消: { option: '标记' }, 备注: '同一小区二十多户来电' });
  await expect(page.getByTestId('case-flags')).toHaveText('群体性');
  await expect(detail.timeline()).toContainText('标记为群体性。同一小区二十多户来电');
  // The dispatch board shows the mark on the case's row.
  await page.keyboard.press('Escape');
  await page.keyboard.press('F4');
  await expect(page.getByTestId('board-row').filter({ hasText: number }).getByTestId('board-flags')).toHaveText('群体性');
  await detail.openFromQueue('F3', number, 'case-row');
  await expect(page.getByTestId('case-flags')).toHaveText('群体性');
  await detail.act('Alt+q', { 标记: { option: '群体性' }, 标记或取消: { option: '取消标记' } });
  await expect(detail.timeline()).toContainText('取消群体性标记');
  await expect(page.getByTestId('case-flags')).toHaveCount(0);
});
