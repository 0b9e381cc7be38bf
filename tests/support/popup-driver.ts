import type { Page } from 'playwright-core';

/** What a user does in the popup, in the words of the popup's own labels. */
export class PopupDriver {
  constructor(readonly page: Page) {}

  get secretField() {
    return this.page.getByLabel('Secret', { exact: true });
  }

  get passphraseField() {
    return this.page.getByLabel('Passphrase', { exact: true });
  }

  /** Pastes through the real clipboard, as a user would: the only way CRLF reaches a textarea. */
  async pasteSecret(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.secretField.focus();
    await this.page.keyboard.press('Control+V');
  }

  async waitForPassphrase(): Promise<string> {
    await this.page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('#passphrase')?.value ?? '') !== '',
    );
    return this.passphraseField.inputValue();
  }

  async chooseLifetime(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: /^Create link/ }).click();
  }

  /** Waits until the popup has looked at the page, and returns what it says about it. */
  async pageVerdict(): Promise<string> {
    const verdict = this.page
      .locator('.page-target, .page-status:not(:has-text("Looking")), .warning-notice')
      .first();
    await verdict.waitFor();
    return (await verdict.textContent()) ?? '';
  }

  async mainButtonText(): Promise<string> {
    return (await this.page.locator('button[type=submit]').textContent()) ?? '';
  }

  async result(): Promise<{ link: string; passphrase: string | undefined; expiry: string }> {
    await this.page.getByRole('heading', { name: 'Link created' }).waitFor();
    await this.page.getByRole('button', { name: 'Show link' }).click();
    const link = (await this.page.locator('#result-link').textContent()) ?? '';
    let passphrase: string | undefined;
    if (await this.page.getByRole('button', { name: 'Show passphrase' }).count()) {
      await this.page.getByRole('button', { name: 'Show passphrase' }).click();
      passphrase = (await this.page.locator('#result-passphrase').textContent()) ?? '';
    }
    const expiry = (await this.page.locator('#result-expiry').textContent()) ?? '';
    return { link, passphrase, expiry };
  }

  async errorText(): Promise<string> {
    const alert = this.page.getByRole('alert');
    await alert.waitFor();
    return (await alert.textContent()) ?? '';
  }
}
