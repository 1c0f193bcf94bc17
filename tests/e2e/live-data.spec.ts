import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { accepted, actAs, caseAt, type Step } from './support/scene';
import { openSeat } from './support/seat';

/** Every view keeps itself current from the core's pushes, and says so when a call fails. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

const whistleLvdi: Step = (caseId) => ({
  caseId,
  action: 'case.whistled',
  payload: { unitIds: ['unit.cmt.lvdi'], question: '请居委协助核实老人家中情况' },
});

test('a whistled committee’s case shows its clocks or the core’s reason, never a spinner that stays', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted, whistleLvdi]);
  const { page, detail } = await openSeat(browser, server.url, 'h-lvdi');
  await detail.openFromQueue('F4', number);
  const clocks = detail.dialog().getByTestId('case-clocks').or(detail.dialog().getByTestId('case-clocks-error'));
  await expect(clocks).toBeVisible();
  await expect(detail.dialog().getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('case-clocks-error').or(page.getByTestId('case-clock').first())).toBeVisible();
});

test('a case filed at another seat appears in an open queue, and another seat’s action shows in an open case', async ({ browser }) => {
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await page.keyboard.press('F4');
  await expect(page.getByText('本单位没有待办工单').or(page.getByTestId('queue-row').first())).toBeVisible();
  const { number, id } = await caseAt(server.url, []);
  const row = page.getByTestId('queue-row').filter({ hasText: number });
  await expect(row).toBeVisible();
  await row.focus();
  await row.press('Enter');
  await detail.expectStatus('已派单');
  // The same unit's second desk signs for it: this seat's open case follows.
  await actAs(server.url, 'h-zhucan', id, accepted);
  await detail.expectStatus('已签收');
  await expect(detail.timeline()).toContainText('签收');
});
