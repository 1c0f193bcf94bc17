import { expect, type Page } from '@playwright/test';

/** The console as an operator meets it: what they see and the keys they press. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async logIn(username: string, password = `demo-${username}`): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('current-user')).toBeVisible();
  }

  /** Picks an option of an autocomplete by typing part of it and pressing Enter. */
  async pick(label: string, typed: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label });
    await box.click();
    await box.fill(typed);
    await this.page.getByRole('listbox').getByRole('option').first().waitFor();
    await box.press('Enter');
  }

  caseRows() {
    return this.page.getByTestId('case-row');
  }
}
