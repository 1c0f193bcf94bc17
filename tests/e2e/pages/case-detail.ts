import { expect, type Page } from '@playwright/test';

/** A case's detail as a seat works it: open from a queue, take actions by their keys, read the result. */
export class CaseDetail {
  constructor(readonly page: Page) {}

  /** Opens a queue (or, with F3 and 'case-row', the case list) by its key and the case in it by keyboard. */
  async openFromQueue(queueKey: string, number: string, rowTestId = 'queue-row'): Promise<void> {
    await this.page.keyboard.press(queueKey);
    const row = this.page.getByTestId(rowTestId).filter({ hasText: number });
    await row.focus();
    await row.press('Enter');
    await expect(this.dialog()).toContainText(number);
  }

  dialog() {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('#case-title') });
  }

  /** 签收 asks nothing: its key acts at once. */
  async accept(): Promise<void> {
    await this.page.keyboard.press('Alt+a');
    await this.expectStatus('已签收');
  }

  /** Presses an action's key, fills its form (label → text, or select label → option) and submits with Ctrl+Enter. */
  async act(key: string, fields: Record<string, string | { option: string } | { unit: string }>): Promise<void> {
    await this.page.keyboard.press(key);
    const form = this.page.getByRole('dialog').filter({ has: this.page.locator('#action-title') });
    for (const [label, value] of Object.entries(fields)) {
      if (typeof value === 'string') await form.getByLabel(label, { exact: true }).fill(value);
      else if ('option' in value) await form.getByLabel(label, { exact: true }).selectOption({ label: value.option });
      else {
        const box = form.getByRole('combobox', { name: label });
        await box.fill(value.unit);
        await this.page.getByRole('listbox').getByRole('option').first().waitFor();
        await box.press('Enter');
      }
    }
    await this.page.keyboard.press('Control+Enter');
    await expect(form).toHaveCount(0);
  }

  async expectStatus(status: string): Promise<void> {
    await expect(this.page.getByTestId('case-status')).toContainText(status);
  }

  timeline() {
    return this.page.getByTestId('timeline');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog()).toHaveCount(0);
  }
}
