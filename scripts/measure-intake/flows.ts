import type { Page } from 'playwright-core';
import { KeyCounter, reactionCount, reactionsSince, type CountedKey } from './keys';

export interface FlowRun {
  readonly keys: readonly CountedKey[];
  /** Every key's reaction in the run, the typed digits and pinyin letters included. */
  readonly allReactions: readonly number[];
  readonly note: string;
}

const waitForFocus = (page: Page, tag: string, label?: string) =>
  page.waitForFunction(
    ([t, l]) => document.activeElement?.tagName === t && (l === undefined || document.activeElement.closest('.MuiFormControl-root')?.textContent?.includes(l) === true),
    [tag, label] as const,
  );

/** Runs one flow and keeps every key's reaction in it, counted keys and text keys alike. */
async function measured(page: Page, flow: (keys: KeyCounter) => Promise<string>): Promise<FlowRun> {
  const from = await reactionCount(page);
  const keys = new KeyCounter(page);
  const note = await flow(keys);
  const allReactions = await reactionsSince(page, from, 0);
  return { keys: keys.counted(from, allReactions), allReactions, note };
}

/** A caller the seat knows: the number brings back name, address and committee. */
export function knownCaller(page: Page, phone: string, sentence: string): Promise<FlowRun> {
  return measured(page, async (keys) => {
    await page.getByLabel('来电号码').pressSequentially(phone);
    await page.getByTestId('history-open-case').first().waitFor();
    await keys.press('Enter', 'description focused (name, address, committee filled in)', () => waitForFocus(page, 'TEXTAREA'));
    await page.keyboard.insertText(sentence);
    await fileWithSuggestions(page, keys);
    return (await page.getByRole('status').textContent({ timeout: 10_000 })) ?? '';
  });
}

/** A first-time caller: name, committee (by pinyin) and address typed. */
export function newCaller(page: Page, phone: string, person: { name: string; committee: string; address: string }, sentence: string): Promise<FlowRun> {
  return measured(page, async (keys) => {
    await page.getByLabel('来电号码').pressSequentially(phone);
    await page.getByTestId('history-counts').waitFor();
    await keys.press('Enter', 'name focused (no earlier call)', () => waitForFocus(page, 'INPUT', '姓名'));
    await page.keyboard.insertText(person.name);
    await keys.press('Tab', 'committee focused', () => waitForFocus(page, 'INPUT', '所属居村委'));
    await page.keyboard.type(person.committee);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await keys.press('Tab', 'highlighted committee taken, address focused', () => waitForFocus(page, 'INPUT', '地址'));
    await page.keyboard.insertText(person.address);
    await keys.press('Enter', 'description focused', () => waitForFocus(page, 'TEXTAREA'));
    await page.keyboard.insertText(sentence);
    await fileWithSuggestions(page, keys);
    return (await page.getByRole('status').textContent({ timeout: 10_000 })) ?? '';
  });
}

async function fileWithSuggestions(page: Page, keys: KeyCounter): Promise<void> {
  await page.getByTestId('category-suggestions').waitFor();
  await keys.press('Alt+a', 'suggested category filled in', () =>
    page.waitForFunction(() => document.querySelector('input[role=combobox][value*="›"]') !== null),
  );
  await page.getByText('按派单规则建议').waitFor();
  await keys.press('Control+Enter', 'saving shown', async () => undefined);
}

/** The handler's three actions on a case it received: open it, accept, contact (summary), reply (result, answer). */
export function handlerAcceptContactReply(page: Page, number: string): Promise<FlowRun> {
  const form = page.getByRole('dialog').filter({ has: page.locator('#action-title') });
  const status = page.getByTestId('case-status');
  return measured(page, async (keys) => {
    await keys.press('Control+k', 'command bar open', () => page.getByRole('combobox', { name: '命令' }).waitFor());
    await page.keyboard.insertText(number);
    await page.getByRole('option', { name: new RegExp(`打开工单 ${number}`) }).waitFor();
    await keys.press('Enter', 'case open', () => page.locator('#case-title').filter({ hasText: number }).waitFor());
    await keys.press('Alt+a', 'accepted', () => status.filter({ hasText: '已签收' }).waitFor());
    await keys.press('Alt+c', 'contact dialog, summary focused', () => waitForFocus(page, 'TEXTAREA', '沟通内容'));
    await page.keyboard.insertText('已电话联系来电人，约定今天下午上门查看');
    await keys.press('Control+Enter', 'contacted', () => status.filter({ hasText: '已联系' }).waitFor());
    await keys.press('Alt+r', 'reply dialog, result focused', () => waitForFocus(page, 'TEXTAREA', '办理结果'));
    await page.keyboard.insertText('已上门更换楼道灯');
    await keys.press('Tab', 'answer focused', () => waitForFocus(page, 'TEXTAREA', '答复'));
    await page.keyboard.insertText('楼道灯已修好，如再有问题请来电');
    await keys.press('Control+Enter', 'replied', () => status.filter({ hasText: '已办结' }).waitFor());
    await form.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    return number;
  });
}
