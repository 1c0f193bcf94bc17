import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { mealCase } from '../support/meal-case';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

/** As another seat would, through the API: a case 助餐服务中心 calls solved and its caller, called back, says is not. */
async function fileSolvedNotSolved(page: Page): Promise<string> {
  return page.evaluate(async (newCase) => {
    const socket = new WebSocket(`ws://${location.host}/api`);
    await new Promise((done) => socket.addEventListener('open', done, { once: true }));
    let id = 0;
    type Result = { ok: boolean; value: { token: string; id: string; number: string } };
    const call = (method: string, input: unknown, session: string | null) =>
      new Promise<Result>((done) => {
        const callId = id++;
        socket.addEventListener('message', function answer(m: MessageEvent<string>) {
          const reply = JSON.parse(m.data) as { id?: number; result: Result };
          if (reply.id !== callId) return;
          socket.removeEventListener('message', answer);
          done(reply.result);
        });
        socket.send(JSON.stringify({ id: callId, method, input, session, lang: 'zh-CN' }));
      });
    const login = async (username: string) => (await call('auth:login', { username, password: `demo-${username}` }, null)).value.token;
    const op = await login('op01');
    const handler = await login('h-zhucan');
    const filed = await call('cases:create', { ...newCase, description: '老人订不到午餐，助餐点说名额满了', dispatchToUnitId: 'unit.zhucan' }, op);
    const caseId = filed.value.id;
    const act = (action: string, payload: unknown, who: string) => call('cases:act', { caseId, action, payload }, who);
    await act('case.accepted', {}, handler);
    await act('case.contacted', { contactedAt: new Date().toISOString(), method: 'phone', summary: '已电话联系' }, handler);
    await act('case.replied', { result: '已解决，名额已增加', answer: '已解决，名额已增加', closureCode: 'solved', justification: '' }, handler);
    await act('case.evaluated', { resolved: false, satisfaction: 'dissatisfied', cause: 'unit_side', note: '仍订不到' }, op);
    socket.close();
    return filed.value.number;
  }, mealCase);
}

async function choosePeriod(page: Page, kind: string) {
  await page.getByRole('combobox', { name: '考核期间' }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
}

test('a supervisor ranks the units, opens a unit’s satisfaction rate to its cases, exports the ranking as XLSX and files the demo spike as a proactive case', async ({ page }, info) => {
  test.setTimeout(240_000);
  server = await startBrowserMode(undefined, { demoHistory: true });
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('Alt+g');
  await choosePeriod(page, '季度');
  const zhucan = page.getByTestId('assessment-row').and(page.locator('[data-unit="unit.zhucan"]'));
  await expect(zhucan).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: info.outputPath('assessment-zh.png'), fullPage: true });

  await zhucan.getByTestId('figure-satisfied').click();
  const cases = page.getByTestId('figure-case');
  await expect(cases.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('rule-version')).toContainText('考核规则第 1 版');
  const shown = await cases.count();
  // Every case behind the satisfaction rate was evaluated satisfied or basically satisfied.
  for (const text of await cases.allInnerTexts()) expect(text).toMatch(/满意|基本满意/);
  expect(shown).toBeGreaterThan(0);
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Alt+i')]);
  const file = info.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^考核排名_.*_规则v1\.xlsx$/);
  const entries = execFileSync('unzip', ['-Z1', file]).toString();
  expect(entries).toContain('xl/worksheets/sheet1.xml');
  const xml = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']).toString();
  for (const text of ['考核期间', '考核规则版本', '满意率', '助餐服务中心', '绿地居委会']) expect(xml).toContain(text);
  const units = await page.getByTestId('assessment-row').count();
  // Two title lines, a blank line, the header, then one row per unit.
  expect((xml.match(/<row /g) ?? []).length).toBe(4 + units);

  // Decision support (Alt+2): the demo town's 绿地居委 × 助餐 spike is suggested; one key files it as a
  // proactive case (未诉先办), whistled to the units the matter needs.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('tab-decision')).toHaveAttribute('aria-selected', 'true');
  const spike = page.getByTestId('spike-row').filter({ hasText: '绿地居委' }).filter({ hasText: '助餐' });
  await expect(spike).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Alt+h');
  await expect(spike).toContainText(/已立案 GH01-\d{8}-\d{4}/);
  const proactive = /GH01-\d{8}-\d{4}/.exec(await spike.innerText())![0];

  // The heat table by keyboard: Alt+4 takes the busiest pair's first week, End its latest week, Enter its cases.
  await expect(page.getByTestId('heat-legend')).toBeVisible();
  await page.keyboard.press('Alt+4');
  const first = page.getByTestId('heat-row').first();
  await expect(first).toContainText('绿地居委');
  await expect(first).toContainText('助餐');
  await page.keyboard.press('End');
  const cell = first.getByTestId('heat-cell').last();
  await expect(cell).toBeFocused();
  // This week's calls are coloured on the scale, and the cell says how many it holds.
  await expect(cell).not.toHaveAttribute('data-step', '0');
  expect(Number(await cell.innerText())).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  const calls = page.getByTestId('call-row');
  // The cell and its list agree (both follow the proactive case just filed, whichever reloads first).
  await expect.poll(async () => (await calls.count()) > 0 && (await calls.count()) === Number(await cell.innerText())).toBe(true);
  await expect(calls.first()).toBeFocused();
  for (const text of await calls.allInnerTexts()) expect(text).toContain('助餐');
  await expect(calls.filter({ hasText: proactive })).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').filter({ hasText: /工单 GH01-/ }).last()).toBeVisible();
  await page.screenshot({ path: info.outputPath('heat-drill.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(calls).toHaveCount(0);

  // The heat table's own export: Chinese headers, the period and the rule version in the file.
  const [heatCsv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Alt+j')]);
  expect(heatCsv.suggestedFilename()).toMatch(/^热点分布_.*_规则v1\.csv$/);
  const csvFile = info.outputPath(heatCsv.suggestedFilename());
  await heatCsv.saveAs(csvFile);
  const csv = (await import('node:fs')).readFileSync(csvFile, 'utf8');
  for (const text of ['统计期间', '考核规则版本,1', '居村委,诉求类别', '绿地居委']) expect(csv).toContain(text);
  await page.screenshot({ path: info.outputPath('decision-zh.png'), fullPage: true });

  await page.keyboard.press('Alt+l');
  await expect(page.getByText('Hotspots (committee × category × time)')).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByText('Assessment ranking')).toBeVisible();
  await page.screenshot({ path: info.outputPath('assessment-en.png'), fullPage: true });
  await page.keyboard.press('Alt+l');

  // The units whistled in see the proactive case in their own queue (F4), marked as whistled.
  await page.getByRole('button', { name: '退出登录' }).click();
  await new ConsolePage(page).logIn('h-zhucan');
  await page.keyboard.press('F4');
  const row = page.getByTestId('queue-row').filter({ hasText: proactive });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('被吹哨');
});

test('an admin edits the assessment rule by keyboard; saving makes version 2, and the figures name it', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('admin');
  await page.keyboard.press('Alt+g');
  await expect(page.getByTestId('tab-rules')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('rule-current')).toHaveText('考核规则第 1 版');
  // The first field (响应率权重) has the focus: 30 % becomes 40 %; Tab on to 解决率权重, 35 % to 30 %.
  await expect(page.getByTestId('rule-weights.response')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('30');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('rule-message')).toContainText('已保存为考核规则第 2 版');
  await expect(page.getByTestId('rule-current')).toHaveText('考核规则第 2 版');
  await expect(page.getByTestId('rule-weights.resolution')).toHaveValue('30');
  // A rule that cannot score is refused before it is saved.
  for (const field of ['weights.response', 'weights.resolution', 'weights.satisfaction']) {
    await page.getByTestId(`rule-${field}`).fill('0');
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('rule-message')).toContainText('规则有误');
  await expect(page.getByTestId('rule-current')).toHaveText('考核规则第 2 版');
  await page.keyboard.press('Alt+1');
  await expect(page.getByText('考核规则第 2 版')).toBeVisible();
});

test('a unit appeals a hasty-closure deduction with a reason, the supervisor overturns it and the score follows', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode();
  await page.goto(server.url);
  const number = await fileSolvedNotSolved(page);
  const seat = new ConsolePage(page);
  await seat.logIn('h-zhucan');
  await page.keyboard.press('Alt+g');
  await choosePeriod(page, '日');
  const row = page.getByTestId('assessment-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('figure-hasty')).toHaveText('1');
  const before = await row.locator('td').nth(11).innerText();
  await row.getByTestId('figure-hasty').click();
  const deduction = page.getByTestId('figure-case').filter({ hasText: number }).getByTestId('deduction');
  await expect(deduction).toContainText('称已解决但回访未解决');
  await deduction.getByLabel('申诉理由').fill('回访时老人说的是晚餐，午餐名额确已增加');
  await deduction.getByRole('button', { name: '申诉' }).click();
  await expect(deduction).toContainText('申诉中');
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();

  await seat.logIn('sup01');
  await page.keyboard.press('Alt+g');
  await choosePeriod(page, '日');
  const supRow = page.getByTestId('assessment-row').and(page.locator('[data-unit="unit.zhucan"]'));
  await supRow.getByTestId('figure-hasty').click();
  const appealed = page.getByTestId('figure-case').filter({ hasText: number }).getByTestId('deduction');
  await expect(appealed).toContainText('回访时老人说的是晚餐');
  await appealed.getByLabel('裁定意见').fill('核实属实');
  await appealed.getByRole('button', { name: '撤销扣分' }).click();
  // Overturned, the deduction no longer counts: the case leaves the hasty closures' list.
  await expect(page.getByTestId('figure-case').filter({ hasText: number })).toHaveCount(0);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(supRow.getByTestId('figure-hasty')).toHaveText('0');
  // The hasty closure cost one point; overturned, it is given back.
  expect(Number(await supRow.locator('td').nth(11).innerText())).toBeCloseTo(Number(before) + 1, 2);
});

test('Alt+PgUp shows the period before, Alt+PgDn the one after, without typing a date', async ({ page }) => {
  server = await startBrowserMode();
  await page.goto(server.url);
  await new ConsolePage(page).logIn('sup01');
  await page.keyboard.press('Alt+g');
  const range = page.getByText(/^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/);
  const [from] = ((await range.textContent()) ?? '').split(' – ');
  const first = new Date(`${from}T00:00:00Z`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const lastMonthEnd = new Date(first.getTime() - 86_400_000);
  const lastMonth = `${day(new Date(Date.UTC(lastMonthEnd.getUTCFullYear(), lastMonthEnd.getUTCMonth(), 1)))} – ${day(lastMonthEnd)}`;
  await page.keyboard.press('Alt+PageUp');
  await expect(range).toHaveText(lastMonth);
  await page.keyboard.press('Alt+PageDown');
  await expect(range).toHaveText(new RegExp(`^${from} – `));
  await expect(page.getByRole('button', { name: '上一期' })).toContainText('Alt+PgUp');
});
