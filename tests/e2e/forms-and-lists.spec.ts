import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { accepted, caseAt, contacted, replied, satisfied } from './support/scene';
import { openSeat } from './support/seat';

/** Forms that say what is wrong and keep to the limits; lists that show what a person works from. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

const actionForm = (page: Page) => page.getByRole('dialog').filter({ has: page.locator('#action-title') });

test('a 30-day extension is refused in the form with the 10-day cap, not "please fill in"', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await detail.openFromQueue('F4', number);
  await page.keyboard.press('Alt+e');
  const form = actionForm(page);
  await form.getByLabel('延期工作日').fill('30');
  await form.getByLabel('理由').fill('需协调新的配餐点');
  await page.keyboard.press('Control+Enter');
  await expect(form).toContainText('「延期工作日」最多为 10');
  await expect(form).not.toContainText('请填写');
});

test('the description keeps to its limit and counts; the last banner goes when the next call is typed', async ({ browser }) => {
  const { page, console } = await openSeat(browser, server.url, 'op01');
  await console.fileMealCase();
  await expect(page.getByRole('status')).toContainText('已派至');
  await page.getByLabel('来电号码').press('1');
  await expect(page.getByRole('status')).toHaveCount(0);
  const description = page.getByLabel('诉求内容');
  await description.fill('老'.repeat(5000));
  await expect(description).toHaveValue('老'.repeat(4000));
  await expect(page.getByTestId('description-counter')).toHaveText('4000 / 4000 字');
});

test('a seat whose machine runs on UTC enters and reads the contact time as Beijing time', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan', { timezoneId: 'UTC' });
  await detail.openFromQueue('F4', number);
  await page.keyboard.press('Alt+c');
  const form = actionForm(page);
  const when = form.getByLabel('联系时间（北京时间）');
  const shanghaiNow = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 13).replace('T', ' ');
  await expect(when).toHaveValue(new RegExp(`^${shanghaiNow}`));
  // What the field showed is what the case records, read back in Beijing time.
  const [day = '', time = ''] = (await when.inputValue()).split(' ');
  await form.getByLabel('沟通内容').fill('已电话联系张阿姨');
  await page.keyboard.press('Control+Enter');
  await detail.expectStatus('已联系');
  await expect(detail.timeline()).toContainText(`（${day.replaceAll('-', '/')} ${time}）`);
});

test('on an English-language system a zh-CN seat types the contact time as YYYY-MM-DD HH:mm, digits only, key by key', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan', { locale: 'en-US' });
  await detail.openFromQueue('F4', number);
  await page.keyboard.press('Alt+c');
  const form = actionForm(page);
  const when = form.getByLabel('联系时间（北京时间）');
  await expect(when).toHaveValue(/^\d{4}-\d\d-\d\d \d\d:\d\d$/u);
  await when.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(when).toHaveAttribute('placeholder', 'YYYY-MM-DD HH:mm');
  await page.keyboard.type('202612010930');
  await expect(when).toHaveValue('2026-12-01 09:30');
  // ↓ a day earlier, the time kept.
  await page.keyboard.press('ArrowDown');
  await expect(when).toHaveValue('2026-11-30 09:30');
  await form.getByLabel('沟通内容').focus();
  await page.keyboard.type('已电话联系张阿姨');
  await page.keyboard.press('Control+Enter');
  await detail.expectStatus('已联系');
  await expect(detail.timeline()).toContainText('（2026/11/30 09:30）');
});

test('a date that is not one says so when the field is left, in the format to use', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'op01', { locale: 'en-US' });
  await page.keyboard.press('F8');
  const from = page.getByLabel('起始日期');
  await from.focus();
  await page.keyboard.type('20260231');
  await expect(from).toHaveValue('2026-02-31');
  await page.keyboard.press('Tab');
  await expect(page.getByText('请按 YYYY-MM-DD 输入（上海时间），如 2026-12-01')).toBeVisible();
});

test('the assessment month is picked by typing its day as YYYY-MM-DD on an English-language system', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'sup01', { locale: 'en-US' });
  await page.keyboard.press('Alt+g');
  const day = page.getByLabel('日期');
  await expect(day).toHaveValue(/^\d{4}-\d\d-\d\d$/u);
  await day.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('20261115');
  await expect(day).toHaveValue('2026-11-15');
  await expect(page.getByText('2026-11-01 – 2026-11-30')).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(day).toHaveValue('2026-11-16');
});

test('the callback queue shows whom to call, the number as dialled, the answer given and the callback’s clock', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted, contacted, replied], { changes: { caller: { phone: '+8613916228801', name: '李先生' } } });
  const { page } = await openSeat(browser, server.url, 'op01');
  await page.keyboard.press('F7');
  const row = page.getByTestId('queue-row').filter({ hasText: number });
  await expect(row).toContainText('李先生');
  await expect(row.getByTestId('callback-phone')).toHaveText('139 1622 8801');
  await expect(row.getByTestId('callback-reply')).toHaveText('已为两位老人开通每日午餐配送');
  await expect(row.getByTestId('clock-chip')).toContainText('回访');
});

test('the handler queue shows urgency, the nearest deadline and the description', async ({ browser }) => {
  const { number } = await caseAt(server.url, [], { changes: { urgency: 'high', description: '独居老人家中停水两天，无法做饭' } });
  const { page } = await openSeat(browser, server.url, 'h-zhucan');
  await page.keyboard.press('F4');
  const row = page.getByTestId('queue-row').filter({ hasText: number });
  await expect(row).toContainText('紧急');
  await expect(row.getByTestId('queue-description')).toHaveText('独居老人家中停水两天，无法做饭');
  await expect(row.getByTestId('clock-chip')).toBeVisible();
});

test('a unit’s custody ends at its reply, not "until now": while the hotline calls back and once closed; a case in work runs on', async ({ browser }) => {
  const closed = await caseAt(server.url, [accepted, contacted, replied], { after: [satisfied] });
  const withHotline = await caseAt(server.url, [accepted, contacted, replied]);
  const inWork = await caseAt(server.url, [accepted]);
  const { page } = await openSeat(browser, server.url, 'sup01');
  await page.keyboard.press('F3');
  for (const [number, running] of [[closed.number, false], [withHotline.number, false], [inWork.number, true]] as const) {
    const row = page.getByTestId('case-row').filter({ hasText: number });
    await row.focus();
    await row.press('Enter');
    const ledger = page.getByTestId('custody-ledger');
    await expect(ledger).toContainText('助餐服务中心');
    await expect(page.getByTestId('custody')).toContainText('助餐服务中心');
    for (const at of [ledger, page.getByTestId('custody')]) {
      if (running) await expect(at).toContainText('至今');
      else await expect(at).not.toContainText('至今');
    }
    await page.keyboard.press('Escape');
  }
});

test('English board cells never run into each other, and the page has its icon', async ({ browser }) => {
  const { number } = await caseAt(server.url, [], { changes: { kind: 'suggestion' } });
  const { page } = await openSeat(browser, server.url, 'disp01');
  await page.keyboard.press('Alt+l');
  await page.keyboard.press('F4');
  const kind = page.getByTestId('board-row').filter({ hasText: number }).getByTestId('board-kind');
  await expect(kind).toHaveText('Suggestion');
  const cell = await kind.boundingBox();
  const next = await kind.locator('xpath=following-sibling::*[1]').boundingBox();
  expect(cell && next && cell.x + cell.width <= next.x).toBe(true);
  const clipped = await kind.evaluate((el) => el.scrollWidth <= el.clientWidth || getComputedStyle(el).textOverflow === 'ellipsis');
  expect(clipped).toBe(true);
  // At 1280 px every column fits: the row's last column ends inside the list that shows it, and the case number is whole.
  const row = page.getByTestId('board-row').filter({ hasText: number });
  const [listBox, lastBox] = [await page.getByTestId('board-rows').boundingBox(), await row.locator('> *').last().boundingBox()];
  expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(listBox!.x + listBox!.width);
  const numberCell = row.getByText(number, { exact: true });
  expect(await numberCell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const icon = await page.request.get(`${server.url}favicon.ico`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
});
