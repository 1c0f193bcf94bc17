import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { accepted, actAs, caseAt, contacted, replied } from './support/scene';
import { openSeat } from './support/seat';

/** The short keyboard paths inside lists and dialogs: no Tab runs, every unit picker reads pinyin. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

const actionForm = (page: import('@playwright/test').Page) => page.getByRole('dialog').filter({ has: page.locator('#action-title') });

test('a queue opens with its first row focused: Enter opens it, j and k move, no Tab needed', async ({ browser }) => {
  await caseAt(server.url, []);
  await caseAt(server.url, []);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await page.keyboard.press('F4');
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = (await rows.nth(1).locator('td').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(detail.dialog()).toContainText(second);
});

test('a queue worked to its end takes the focus on the next case that comes, so Enter opens it', async ({ browser }) => {
  const toLaoling = { changes: { dispatchToUnitId: 'unit.laoling' } };
  const first = await caseAt(server.url, [], toLaoling);
  const { page, detail } = await openSeat(browser, server.url, 'h-laoling');
  await page.keyboard.press('F4');
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeFocused();
  // Worked at another desk of the unit to its reply, the case leaves the queue and the queue is empty.
  for (const step of [accepted, contacted, replied]) await actAs(server.url, 'h-laoling', first.id, step);
  await expect(rows).toHaveCount(0);
  const next = await caseAt(server.url, [], toLaoling);
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail.dialog()).toContainText(next.number);
});

test('in search, ↓ from the query goes to the first hit and Enter opens it, past the filters', async ({ browser }) => {
  const { number } = await caseAt(server.url, [], { changes: { description: '小区东门的窨井盖松动，踩上去会翘起' } });
  const { page, detail } = await openSeat(browser, server.url, 'op01');
  await page.keyboard.press('F8');
  await expect(page.getByRole('textbox', { name: /搜索工单号/ })).toBeFocused();
  await page.keyboard.type('窨井盖松动');
  const hit = page.getByTestId('search-hit').filter({ hasText: number });
  await expect(hit).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('search-hit').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detail.dialog()).toContainText(number);
});

test('Esc closes a case at once and takes its keys with it; Enter on its row shows it again as it stands', async ({ browser }) => {
  const { number } = await caseAt(server.url, []);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await detail.openFromQueue('F4', number);
  // The closed case stays in the page, hidden, until an idle moment: the accept key pressed right
  // after Esc must not act on a case no longer on screen.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+a');
  await expect(detail.dialog()).toHaveCount(0);
  const row = page.getByTestId('queue-row').filter({ hasText: number });
  await expect(row).toBeFocused();
  await row.press('Enter');
  await expect(detail.dialog()).toContainText(number);
  await detail.expectStatus('已派单');
  await detail.accept();
});

test('the contact dialog opens in its text, so the summary is typed at once', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await detail.openFromQueue('F4', number);
  await page.keyboard.press('Alt+c');
  await expect(actionForm(page).getByLabel('沟通内容')).toBeFocused();
  await page.keyboard.type('已电话联系张阿姨');
  await page.keyboard.press('Control+Enter');
  await detail.expectStatus('已联系');
});

test('F1 lists the shortcuts from inside a field; ? does only outside text fields', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'op01');
  await page.keyboard.press('F2');
  await expect(page.getByLabel('来电号码')).toBeFocused();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog').filter({ has: page.locator('#shortcuts-title') });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  const description = page.getByLabel('诉求内容');
  await description.focus();
  await page.keyboard.type('怎么办');
  await page.keyboard.press('Shift+Slash');
  await expect(description).toHaveValue('怎么办?');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: '工单列表' })).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  await expect(help).toBeVisible();
});

test('F1 shows a handler the keys it can use, by where they work, and none of intake or the supervisor’s', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'h-zhucan');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog').filter({ has: page.locator('#shortcuts-title') });
  await expect(help.getByRole('heading', { name: '工单详情中' })).toBeVisible();
  for (const shown of ['单位待办', '签收', '先行联系', '办结答复']) await expect(help).toContainText(shown);
  for (const hidden of ['新建工单', '保存并派单', '待审事项', '指挥大屏']) await expect(help).not.toContainText(hidden);
});

test('Tab in a picker takes the highlighted match, as Enter does', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'op01');
  await page.keyboard.press('F2');
  const committee = page.getByRole('combobox', { name: '所属居村委' });
  await committee.fill('ld');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await committee.press('Tab');
  await expect(committee).toHaveValue('绿地居委');
});

test('a field taken at once after F2 keeps the focus: the new call does not pull it back to the phone a frame later', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'op01');
  const committee = page.getByRole('combobox', { name: '所属居村委' });
  // F2 and the next field in one breath, quicker than a frame, as a key typed on the heels of F2.
  await committee.evaluate((field: HTMLElement) => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', code: 'F2', bubbles: true }));
    field.focus();
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(committee).toBeFocused();
});

test('the whistle and the dispatch pickers read pinyin initials; a case is dispatched from its detail by keys alone', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted]);
  const handler = await openSeat(browser, server.url, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.page.keyboard.press('Alt+w');
  const units = actionForm(handler.page).getByRole('combobox', { name: '吹哨单位' });
  await units.fill('scjg');
  await expect(handler.page.getByRole('listbox').getByRole('option').first()).toHaveText('市场监管所');
  await units.press('Tab');
  await expect(actionForm(handler.page).locator('.MuiChip-label')).toHaveText(['市场监管所']);

  const { number: saved } = await caseAt(server.url, [], { changes: { dispatchToUnitId: null } });
  const dispatcher = await openSeat(browser, server.url, 'disp01');
  await dispatcher.page.keyboard.press('F3');
  const row = dispatcher.page.getByTestId('case-row').filter({ hasText: saved });
  await row.focus();
  await row.press('Enter');
  // The dispatch field is what an undispatched case waits for: it has the focus, and its button shows its key.
  const to = dispatcher.page.getByRole('combobox', { name: '派单至' });
  await expect(to).toBeFocused();
  await expect(dispatcher.page.getByRole('button', { name: /^派单/ })).toContainText('Ctrl+Enter');
  await dispatcher.page.keyboard.type('fgb');
  await expect(dispatcher.page.getByRole('listbox').getByRole('option').first()).toHaveText('房管办');
  // One press takes the highlighted unit and sends the case.
  await dispatcher.page.keyboard.press('Control+Enter');
  await expect(dispatcher.page.getByTestId('timeline')).toContainText('房管办');
  await expect(to).toHaveCount(0);
});

test('Alt+K answers an inquiry before a category is chosen, under the suggested one', async ({ browser }) => {
  const { page, console } = await openSeat(browser, server.url, 'op01');
  await page.keyboard.press('F2');
  await page.getByLabel('来电号码').fill('13900139000');
  await console.pick('所属居村委', 'ld');
  await page.getByLabel('诉求内容').fill('请问高行镇的老年助餐点在哪里，老人想去吃饭');
  await expect(page.getByTestId('knowledge-answer')).toContainText('长者食堂');
  await expect(page.getByTestId('category-suggestions')).toContainText('助餐');
  await page.keyboard.press('Alt+k');
  await expect(page.getByRole('status')).toContainText(/已直接答复办结/);
});

test('Ctrl+K at once after the login takes what is typed next, and its whole list shows inside the bar', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'op01');
  // Typed as a person does, key by key, with nothing focused by the test: the bar must take them.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('kb');
  await expect(page.getByLabel('来电号码')).toHaveValue('');
  const bar = page.getByRole('dialog').filter({ has: page.getByRole('combobox', { name: '命令' }) });
  const option = bar.getByRole('option', { name: '派单看板' });
  await expect(option).toBeVisible();
  const barBox = await bar.boundingBox();
  const optionBox = await option.boundingBox();
  expect(optionBox!.y + optionBox!.height).toBeLessThanOrEqual(barBox!.y + barBox!.height);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '派单看板' })).toBeVisible();

  // Shown again once mounted, it takes the keys as well.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('xjgd');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('来电号码')).toBeFocused();
});

/**
 * Logs `username` in with `key` landing as the console is drawn, before the browser has time for
 * anything else: the instant a quick hand gets in after Enter. The console is in the page, hidden,
 * before the login, and its effects start only as it is shown.
 */
async function logInWithKeyAsConsoleAppears(browser: import('@playwright/test').Browser, username: string, key: { key: string; code: string; ctrlKey?: boolean }) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(`demo-${username}`);
  await page.evaluate((init) => {
    const shown = () => document.querySelector('[data-testid="current-user"]')?.checkVisibility() === true;
    new MutationObserver((_records, observer) => {
      if (!shown()) return;
      observer.disconnect();
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, key);
  await page.keyboard.press('Enter');
  return page;
}

test('Ctrl+K pressed in the very moment the console appears after the login opens the bar', async ({ browser }) => {
  const page = await logInWithKeyAsConsoleAppears(browser, 'admin', { key: 'k', code: 'KeyK', ctrlKey: true });
  await expect(page.getByRole('combobox', { name: '命令' })).toBeFocused();
  await page.keyboard.type('同义词');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /同义词/ })).toBeVisible();
});

test('F4 pressed in the very moment the console appears after the login opens the board', async ({ browser }) => {
  const page = await logInWithKeyAsConsoleAppears(browser, 'sup01', { key: 'F4', code: 'F4' });
  await expect(page.getByRole('heading', { name: '派单看板' })).toBeVisible();
  await expect(page).toHaveURL(/#\/board$/);
});

test('a page that focuses nothing itself still takes the keys (PageDown scrolls it); the knowledge base opens in its question', async ({ browser }) => {
  const { page } = await openSeat(browser, server.url, 'admin');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('时限设置');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '时限规则与工作日历' })).toBeVisible();
  // The heading comes before the rules are read; until they are, the page is too short to scroll.
  await expect(page.getByRole('main').getByRole('table').getByRole('row').nth(5)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.locator('main').evaluate((m) => m.scrollTop)).toBeGreaterThan(0);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('知识库');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('问题')).toBeFocused();
  await page.getByRole('button', { name: '编辑' }).first().click();
  await expect(page.getByLabel('问题')).toBeFocused();
  await expect(page.getByLabel('问题')).not.toHaveValue('');
});

test('a list whose focused row went away takes the focus back on the next arrow, where it was', async ({ browser }) => {
  for (let i = 0; i < 3; i++) await caseAt(server.url, []);
  const { page } = await openSeat(browser, server.url, 'h-zhucan');
  await page.keyboard.press('F4');
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  // As when the focused row's case leaves the list under it: the focus rests on nothing.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Let fall, the focus goes to the page region, never the body, and no row is lit.
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-title')).toBeVisible();
});

test('a case’s history is read by keys: the case opens focused in its content, and PageDown scrolls it', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted, contacted]);
  const { page } = await openSeat(browser, server.url, 'h-zhucan');
  await page.setViewportSize({ width: 1366, height: 600 });
  await page.keyboard.press('F4');
  const row = page.getByTestId('queue-row').filter({ hasText: number });
  await row.focus();
  await row.press('Enter');
  const content = page.getByRole('dialog').getByLabel(/工单内容/);
  await expect(content).toBeFocused();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(() => content.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(row).toBeFocused();
});

test('a reply left by Esc is there when the form opens again, and a refused submit puts the focus on the field it names', async ({ browser }) => {
  const { number } = await caseAt(server.url, [accepted, contacted]);
  const { page, detail } = await openSeat(browser, server.url, 'h-zhucan');
  await detail.openFromQueue('F4', number);
  await page.keyboard.press('Alt+r');
  const result = actionForm(page).getByLabel('办理结果');
  await expect(result).toBeFocused();
  await page.keyboard.type('已上门评估并开通助餐配送');
  await page.keyboard.press('Escape');
  await expect(actionForm(page)).toHaveCount(0);
  await page.keyboard.press('Alt+r');
  await expect(actionForm(page).getByLabel('办理结果')).toHaveValue('已上门评估并开通助餐配送');
  await page.keyboard.press('Control+Enter');
  await expect(actionForm(page).getByLabel('对来电人的答复')).toBeFocused();
});
