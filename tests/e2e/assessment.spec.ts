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

  // The demo town's 绿地居委 × 助餐 spike is suggested; one key files it as a proactive case (未诉先办).
  const spike = page.getByTestId('spike-row').filter({ hasText: '绿地居委' }).filter({ hasText: '助餐' });
  await expect(spike).toBeVisible();
  await page.keyboard.press('Alt+h');
  await expect(spike).toContainText(/已立案 GH01-\d{8}-\d{4}/);

  await page.keyboard.press('Alt+l');
  await expect(page.getByText('Assessment ranking')).toBeVisible();
  await page.screenshot({ path: info.outputPath('assessment-en.png'), fullPage: true });
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
