import { expect, test, type Browser } from '@playwright/test';
import { ConsolePage } from './pages/console';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { openSeat } from './support/seat';
import { accepted, caseAt as sceneAt, replied, type Step } from './support/scene';

/** Four roles on one browser-mode instance, each in its own browser context, as four seats would be. */
let server: BrowserMode;
test.beforeAll(async () => {
  server = await startBrowserMode();
});
test.afterAll(async () => {
  await server.stop();
});

const seat = (browser: Browser, username: string) => openSeat(browser, server.url, username);

/** The scene for a test, set through the API: the case's number. */
const caseAt = async (steps: readonly Step[]) => (await sceneAt(server.url, steps)).number;

test('operator files → handler accepts, contacts, replies → operator calls back, satisfied → closed', async ({ browser }) => {
  const op = await seat(browser, 'op01');
  const number = await new ConsolePage(op.page).fileMealCase();

  const handler = await seat(browser, 'h-lvdi');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.accept();
  await handler.detail.act('Alt+c', { 联系方式: { option: '电话' }, 沟通内容: '已电话联系张阿姨，约定明日上门评估' });
  await handler.detail.expectStatus('已联系');
  await handler.detail.act('Alt+r', {
    办理结果: '已上门评估并开通助餐配送',
    对来电人的答复: '已为两位老人开通每日午餐配送，按政策享受补贴',
  });
  await handler.detail.expectStatus('已办结');

  await op.detail.openFromQueue('F7', number);
  await op.detail.act('Alt+v', { 是否解决: { option: '已解决' }, 满意度: { option: '满意' } });
  await op.detail.expectStatus('已关闭');
  const timeline = op.detail.timeline();
  for (const line of ['签收 · 绿地居委会 签收', '电话联系', '已上门评估并开通助餐配送', '回访评价 · 已解决，满意']) {
    await expect(timeline).toContainText(line);
  }
  await expect(timeline).toContainText('绿地居委会 沈红');
  await op.detail.close();
  await expect(op.page.getByTestId('queue-row').filter({ hasText: number })).toHaveCount(0);
});

test('a return: the handler asks with a coded reason, the supervisor approves and re-dispatches', async ({ browser }) => {
  const number = await caseAt([]);
  const handler = await seat(browser, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.act('Alt+t', { 理由: { option: '属地不符' }, 备注: '该地址不在本中心配送范围内' });
  await handler.detail.expectStatus('退单待审');

  const sup = await seat(browser, 'sup01');
  await expect(sup.page.getByRole('heading', { name: '待审事项' })).toBeVisible();
  await expect(sup.page.getByTestId('queue-row').filter({ hasText: number })).toContainText('退单申请');
  await sup.detail.openFromQueue('F6', number);
  await expect(sup.page.getByTestId('pending-request')).toContainText('属地不符');
  await sup.detail.act('Alt+s', { 审核结果: { option: '批准' }, 改派单位: { unit: '绿地' } });
  await sup.detail.expectStatus('已派单');
  await expect(sup.page.getByTestId('responsible-unit')).toHaveText('绿地居委会');
  await expect(sup.page.getByTestId('custody')).toContainText('助餐服务中心');

  await handler.detail.close();
  await expect(handler.page.getByTestId('queue-row').filter({ hasText: number })).toHaveCount(0);
});

test('an extension: the supervisor rejects it with a note and the case goes on where it was', async ({ browser }) => {
  const number = await caseAt([accepted]);
  const handler = await seat(browser, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.act('Alt+e', { 延期工作日: '5', 理由: '需协调新的配餐点' });
  await handler.detail.expectStatus('延期待审');

  const sup = await seat(browser, 'sup01');
  await sup.detail.openFromQueue('F6', number);
  await sup.detail.act('Alt+s', { 审核结果: { option: '驳回' }, 备注: '现有配餐点可覆盖，请按期办结' });
  await sup.detail.expectStatus('已签收');
  await expect(sup.detail.timeline()).toContainText('驳回。现有配餐点可覆盖');
  await handler.detail.expectStatus('已签收');
});

test('a whistle: the responsible unit summons a committee, which reports and joins as co-handler', async ({ browser }) => {
  const number = await caseAt([accepted]);
  const owner = await seat(browser, 'h-zhucan');
  await owner.detail.openFromQueue('F4', number);
  await owner.detail.act('Alt+w', { 吹哨单位: { unit: '绿地' }, 需协助的问题: '请居委协助核实两位老人的居住情况' });

  const committee = await seat(browser, 'h-lvdi');
  await expect(committee.page.getByTestId('queue-row').filter({ hasText: number })).toContainText('被吹哨');
  await committee.detail.openFromQueue('F4', number);
  await committee.detail.act('Alt+p', { 备注: '居委已上门核实：两位老人独居' });
  await expect(committee.page.getByTestId('co-handlers')).toHaveText('绿地居委会');
  await expect(committee.page.getByTestId('responsible-unit')).toHaveText('助餐服务中心');
  await expect(owner.page.getByTestId('co-handlers')).toHaveText('绿地居委会');
});

test('a reopen: a unit-side dissatisfaction sends the case back to the same unit', async ({ browser }) => {
  const number = await caseAt([accepted, replied]);
  const op = await seat(browser, 'op01');
  await op.detail.openFromQueue('F7', number);
  await op.detail.act('Alt+v', {
    是否解决: { option: '未解决' },
    满意度: { option: '不满意' },
    不满意原因: { option: '承办单位原因（主观）' },
  });
  await op.detail.expectStatus('重办');

  const handler = await seat(browser, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.expectStatus('重办');
  await handler.detail.accept();
});

test('a special closure stays open until the supervisor approves its justification', async ({ browser }) => {
  const number = await caseAt([accepted]);
  const handler = await seat(browser, 'h-zhucan');
  await handler.detail.openFromQueue('F4', number);
  await handler.detail.act('Alt+r', {
    办理结果: '来电人要求免费全天陪护',
    对来电人的答复: '助餐服务不含陪护，已告知可申请居家养老服务',
    办结类型: { option: '不合理诉求' },
    理由: '诉求超出助餐服务政策范围，已书面解释并提供其他渠道',
  });
  await expect(handler.page.getByTestId('pending-request')).toContainText('不合理诉求');
  await handler.detail.expectStatus('已签收');

  const sup = await seat(browser, 'sup01');
  await sup.detail.openFromQueue('F6', number);
  await sup.detail.act('Alt+s', { 审核结果: { option: '批准' }, 备注: '理由充分' });
  await sup.detail.expectStatus('已办结');
});

test('a merge: the duplicate becomes a linked child of the main case and closes with it', async ({ browser }) => {
  const main = await caseAt([accepted, replied]);
  const duplicate = await caseAt([]);
  const op = await seat(browser, 'op01');
  await op.detail.openFromQueue('F3', duplicate, 'case-row');
  await op.detail.act('Alt+m', { 主工单号: main });
  await op.detail.expectStatus('已合并');
  await expect(op.page.getByTestId('merged-into')).toHaveText(main);
  await op.detail.close();

  await op.detail.openFromQueue('F7', main);
  await op.detail.act('Alt+v', { 是否解决: { option: '已解决' }, 满意度: { option: '基本满意' } });
  await op.detail.expectStatus('已关闭');
  await op.detail.close();
  await op.detail.openFromQueue('F3', duplicate, 'case-row');
  await op.detail.expectStatus('已关闭');
  await expect(op.detail.timeline()).toContainText('随主工单结案');
});
