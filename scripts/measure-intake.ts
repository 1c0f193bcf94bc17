/**
 * `npm run measure:intake`: three everyday flows by keyboard alone in Chromium against browser
 * mode, each five times: a known caller (the number brings back who they are), a new caller
 * (name, committee and address typed), and a handler's accept → contact → reply. Prints the keys
 * other than text of each (goals: known ≤ 3, new ≤ 6, handler ≤ 8) and the slowest reaction of
 * any key — the counted ones and every typed digit or pinyin letter (goal ≤ 50 ms) — beside the
 * same digits typed into a bare `<input>` of the same browser in the same run. Every page is laid
 * out at 1280 × 720 inside a window that shows all of it (`onScreenPage`).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { mealCase } from '../tests/support/meal-case';
import { connectApi } from '../tests/e2e/support/api';
import { startBrowserMode } from '../tests/e2e/support/browser-mode';
import { handlerAcceptContactReply, knownCaller, newCaller, type FlowRun } from './measure-intake/flows';
import { profiled } from './measure-intake/profile';
import { onScreenPage } from './measure-intake/screen';
import { bareInputReaction, idleFrames, recordReactions, slowestReactions } from './measure-intake/keys';

const runs = 5;
const knownPhone = '13800138000';
const sentence = '楼道里的灯坏了一个月，物业一直不来修，晚上走路看不见';
const newPerson = { name: '陈先生', committee: 'ldjw', address: '高行镇金高路1296弄8号302室' };
const goals = { known: 3, new: 6, handler: 8 } as const;
const reactionGoalMs = 50;

const server = await startBrowserMode();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const operator = await seat(browser, 'op01');
  // The known caller called before: one earlier case, so the seat knows them (not measured).
  await fileEarlierCall(operator);
  const numbers = await casesForHandler(runs);
  const handler = await seat(browser, 'h-zhucan');

  if (process.argv.includes('--profile')) {
    // Warmed as in the measured runs: the trace is of a second round. `--first` traces the first
    // round instead, the one whose keys meet the page's first-use work.
    if (!process.argv.includes('--first')) await knownCaller(operator, knownPhone, sentence);
    await profiled(operator, 'known caller', () => knownCaller(operator, knownPhone, sentence));
    await profiled(operator, 'new caller', () => newCaller(operator, '13700137009', newPerson, sentence));
    if (!process.argv.includes('--first')) await handlerAcceptContactReply(handler, numbers[0] ?? '');
    await profiled(handler, 'handler', () => handlerAcceptContactReply(handler, numbers[1] ?? ''));
    // Exiting here skipped the `finally` and left the browser-mode server running after every profile.
    await browser.close();
    await server.stop();
    process.exit(0);
  }
  const results: Record<keyof typeof goals, FlowRun[]> = { known: [], new: [], handler: [] };
  const idle: number[] = [];
  const bare: number[] = [];
  const barePage = await onScreenPage(browser);
  for (let run = 0; run < runs; run++) {
    results.known.push(await knownCaller(operator, knownPhone, sentence));
    results.new.push(await newCaller(operator, `1370013700${run}`, newPerson, sentence));
    results.handler.push(await handlerAcceptContactReply(handler, numbers[run] ?? ''));
    idle.push(...(await idleFrames(operator, 20)));
    bare.push(await bareInputReaction(barePage, `1370013700${run}`));
  }

  let met = true;
  for (const [flow, flowRuns] of Object.entries(results) as [keyof typeof goals, FlowRun[]][]) {
    const [first] = flowRuns;
    if (!first) continue;
    const keyCount = Math.max(...flowRuns.map((r) => r.keys.length));
    const slowestCounted = flowRuns.map((r) => Math.max(...r.keys.map((k) => k.ms)));
    const slowestAny = flowRuns.map((r) => Math.max(...r.allReactions));
    met &&= keyCount <= goals[flow] && Math.max(...slowestAny) <= reactionGoalMs;
    console.log(`\n${flow} — keys other than text: ${keyCount} (goal ≤ ${goals[flow]}); first run: ${first.note}`);
    // Each counted key's reaction in every run, so a key slow in one run only shows as such.
    first.keys.forEach((k, i) => {
      const perRun = flowRuns.map((r) => r.keys[i]?.ms ?? Number.NaN);
      console.log(`  ${k.key.padEnd(14)} ${perRun.map((ms) => ms.toFixed(0).padStart(4)).join(' ')} ms (max ${Math.max(...perRun).toFixed(0)})  → ${k.waitedFor}`);
    });
    console.log(`  slowest counted key per run: ${slowestCounted.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    console.log(`  slowest of every key per run (text keys too): ${slowestAny.map((ms) => ms.toFixed(1)).join(', ')} ms (goal ≤ ${reactionGoalMs} ms)`);
  }
  const sorted = [...idle].sort((a, b) => a - b);
  console.log(`\nidle frame of the same run (no key): median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, slowest ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  console.log(`bare <input> of the same browser (the number typed by the same robot), slowest key per run: ${bare.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  const slowest = async (page: Page) => (await slowestReactions(page, 6)).map((r) => `${r.key} ${r.ms.toFixed(1)}`).join(', ');
  console.log(`slowest keys, operator: ${await slowest(operator)}`);
  console.log(`slowest keys, handler: ${await slowest(handler)}`);
  console.log(`\n${met ? 'all goals met' : 'some goal missed'} over ${runs} runs`);
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
  await server.stop();
}

async function seat(b: Browser, username: string): Promise<Page> {
  const page = await onScreenPage(b, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.goto(server.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(`demo-${username}`);
  await page.keyboard.press('Enter');
  await page.getByTestId('current-user').waitFor();
  await recordReactions(page);
  return page;
}

/** Cases dispatched to 助餐服务中心 by another seat, one per run, for the handler to work. */
async function casesForHandler(n: number): Promise<string[]> {
  const api = await connectApi(server.url);
  try {
    await api.logIn('op01');
    const numbers: string[] = [];
    for (let i = 0; i < n; i++) numbers.push((await api.call('cases:create', { ...mealCase, dispatchToUnitId: 'unit.zhucan' })).number);
    return numbers;
  } finally {
    api.close();
  }
}

async function fileEarlierCall(page: Page): Promise<void> {
  await page.getByLabel('来电号码').fill(knownPhone);
  await page.getByLabel('来电人姓名（可空：匿名）').fill('张阿姨');
  const committee = page.getByRole('combobox', { name: '所属居村委' });
  await committee.fill('ldjw');
  await page.getByRole('option').first().waitFor();
  await committee.press('Enter');
  await page.getByLabel('地址').fill('高行镇金高路1296弄8号302室');
  const category = page.getByRole('combobox', { name: '分类' });
  await category.fill('zc');
  await page.getByRole('option').first().waitFor();
  await category.press('Enter');
  await page.getByLabel('诉求内容').fill('家中老人吃饭成了大问题，希望提供助餐服务');
  await page.getByLabel('诉求内容').press('Control+Enter');
  await page.getByRole('status').waitFor();
}
