import type { Page } from 'playwright-core';

/** What a user does on the options page, in the words of its own labels. */
export class OptionsDriver {
  constructor(readonly page: Page) {}

  async chooseSelfHosted(address: string): Promise<void> {
    await this.page.getByLabel('Self-hosted server').check();
    await this.page.getByLabel('Server address').fill(address);
    await this.page.getByRole('button', { name: 'Use this server' }).click();
  }

  /** The confirmation's "Send secrets to <host>" button. */
  async confirmServer(host: string): Promise<void> {
    await this.page.getByRole('button', { name: `Send secrets to ${host}` }).click();
  }

  async backendInUse(): Promise<string> {
    return (await this.page.locator('#backend-in-use').textContent()) ?? '';
  }

  async saveCredentials(account: string, token: string): Promise<void> {
    await this.page.getByLabel('Account email or ID').fill(account);
    await this.page.getByLabel('API token').fill(token);
    await this.page.getByRole('button', { name: 'Save credentials' }).click();
  }

  /** Runs "Test connection" and returns what it found, one line per check. */
  async testConnection(): Promise<string[]> {
    await this.page.getByRole('button', { name: 'Test connection' }).click();
    const report = this.page.locator('#connection-report');
    await report.locator('li, .notice').first().waitFor();
    return report.locator('li, .notice p').allTextContents();
  }

  /** The status line in the header says a change reached storage. */
  async waitUntilSaved(): Promise<void> {
    await this.page.locator('#save-status', { hasText: 'Saved' }).waitFor();
  }
}
