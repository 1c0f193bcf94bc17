import { expect, test, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { ConsolePage } from './pages/console';

let server: BrowserMode | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const minute = 60_000;

/** Files an urgent case dispatched at once, as another seat on this machine would, through the API. */
async function fileUrgentCase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const socket = new WebSocket(`ws://${location.host}/api`);
    await new Promise((done) => socket.addEventListener('open', done, { once: true }));
    let id = 0;
    const call = (method: string, input: unknown, session: string | null) =>
      new Promise<{ ok: boolean; value: { token: string; number: string } }>((done) => {
        const callId = id++;
        socket.addEventListener('message', function answer(m: MessageEvent<string>) {
          const reply = JSON.parse(m.data) as { id?: number; result: { ok: boolean; value: { token: string; number: string } } };
          if (reply.id !== callId) return;
          socket.removeEventListener('message', answer);
          done(reply.result);
        });
        socket.send(JSON.stringify({ id: callId, method, input, session, lang: 'zh-CN' }));
      });
    const { value: session } = await call('auth:login', { username: 'op01', password: 'demo-op01' }, null);
    const filed = await call(
      'cases:create',
      {
        kind: 'help',
        urgency: 'urgent',
        categoryId: 'cat.ageing.meal',
        committeeId: 'cmt.lvdi',
        caller: { phone: '+8613800138000', name: '张阿姨' },
        address: '高行镇金高路 1 弄 2 号 301 室',
        description: '独居老人摔倒在家，无人照应，需要紧急上门',
        dispatchToUnitId: 'unit.zhucan',
      },
      session.token,
    );
    socket.close();
    return filed.value.number;
  });
}

test('a clock turns warning, then overdue; a yellow card follows and the wall shows it with the caller masked; Esc leaves the wall', async ({ page }) => {
  test.setTimeout(120_000);
  server = await startBrowserMode(undefined, { testClock: true });
  await page.goto(server.url);
  const filedAtMs = Date.now();
  const number = await fileUrgentCase(page);
  const seat = new ConsolePage(page);
  await seat.logIn('sup01');

  await page.keyboard.press('F4');
  const row = page.getByTestId('board-row').filter({ hasText: number });
  await expect(row.getByTestId('clock-chip')).toHaveAttribute('data-status', 'ok');
  await expect(row.getByTestId('clock-chip')).toContainText('签收');

  // 13 of the 15 minutes to accept gone: under 20 % left.
  await server.advanceClock(13 * minute);
  await expect(row.getByTestId('clock-chip')).toHaveAttribute('data-status', 'warning', { timeout: 20_000 });
  await expect(page.getByTestId('clock-alert')).toContainText(`${number} · 签收即将超时`, { timeout: 20_000 });

  await server.advanceClock(3 * minute);
  await expect(row.getByTestId('clock-chip')).toHaveAttribute('data-status', 'overdue', { timeout: 20_000 });
  await expect(page.getByTestId('clock-alert')).toContainText(`${number} · 签收已超时`, { timeout: 20_000 });

  await page.keyboard.press('F10');
  const card = page.getByTestId('card-row').filter({ hasText: number });
  await expect(card).toContainText('黄牌', { timeout: 20_000 });
  await expect(card).toContainText('签收');

  await card.press('Enter');
  const clocks = page.getByTestId('case-clocks');
  await expect(clocks.locator('[data-clock="accept"]')).toHaveAttribute('data-status', 'overdue');
  await expect(page.getByTestId('custody-ledger')).toContainText('助餐服务中心');
  await page.keyboard.press('Escape');

  await page.keyboard.press('F9');
  const wall = page.getByTestId('wall');
  await expect(wall.getByTestId('wall-privacy')).toContainText('隐私模式：开');
  const overdue = wall.getByTestId('wall-overdue-list').getByTestId('wall-case').filter({ hasText: number });
  await expect(overdue.getByTestId('wall-card-mark')).toHaveAttribute('data-card', 'yellow');
  await expect(overdue.getByTestId('wall-caller')).toHaveText('张**');
  await expect(wall).not.toContainText('张阿姨');
  await expect(wall).not.toContainText('13800138000');
  // 今日督办 counts the cards of the Shanghai day: the card is dated when its clock fell due (15 minutes after
  // filing), and a run of this test just before midnight finds it on yesterday's count, as a town would.
  const shanghaiDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const cardOnToday = shanghaiDay(filedAtMs + 15 * minute) === shanghaiDay(Date.now() + 16 * minute);
  await expect(wall.getByTestId('wall-cards')).toHaveText(cardOnToday ? '1' : '0');

  // In a browser tab the wall took the console's place: Esc, shown on the wall, goes back.
  await expect(wall.getByTestId('wall-leave')).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(wall).toBeHidden();
  await expect(page.getByRole('navigation')).toBeVisible();
});
