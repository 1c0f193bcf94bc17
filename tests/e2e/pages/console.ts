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

  /** Files the meal-service case of the demo by keyboard and dispatches it; returns its number. */
  async fileMealCase(): Promise<string> {
    await this.page.keyboard.press('F2');
    await this.page.getByLabel('来电号码').fill('13800138000');
    await this.page.getByLabel('来电人姓名（可空：匿名）').fill('张阿姨');
    await this.pick('所属居村委', '绿地');
    await this.page.keyboard.press('Alt+2');
    await expect(this.page.getByRole('radio', { name: /求助/ })).toHaveAttribute('aria-checked', 'true');
    await this.pick('分类', '助餐');
    await this.page.getByLabel('诉求内容').fill('家中两位八十多岁的老人吃饭成了大问题，希望提供助餐服务');
    await expect(this.page.getByText('按派单规则建议')).toBeVisible();
    await this.page.getByLabel('诉求内容').press('Control+Enter');
    const confirmation = this.page.getByRole('status');
    await expect(confirmation).toContainText(/已派至/);
    return /GH01-\d{8}-\d{4}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
  }

  caseRows() {
    return this.page.getByTestId('case-row');
  }
}
