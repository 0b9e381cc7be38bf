import { describe, expect, it } from 'vitest';
import { openWithPopup, useE2eEnvironment } from '../support/e2e-environment.ts';
import { loadFixtures } from '../support/fixture-expectations.ts';
import { readField } from '../support/fixture-page.ts';
import type { PopupDriver } from '../support/popup-driver.ts';
import type { Page } from 'playwright-core';

// The fill is bound to the document that was inspected: when the page changes in between,
// nothing is filled (never half), and the link is there to copy.

const environment = useE2eEnvironment();

async function readyPopup(): Promise<{ popup: PopupDriver; page: Page }> {
  const { page, popup } = await openWithPopup(environment(), 'demo-support-form.html');
  await popup.pageVerdict();
  await popup.waitForPassphrase();
  await popup.secretField.fill('db: s3cret');
  return { popup, page };
}

describe('filling only what was inspected', () => {
  it('fills nothing when the page was reloaded after it was inspected', async () => {
    const { popup, page } = await readyPopup();
    await page.reload();
    await popup.create();
    await popup.result();
    expect(await popup.page.locator('#fill-outcome').textContent()).toBe(
      'Not filled in: the page changed after OnceLink looked at it. Copy the link below.',
    );
    expect(await page.inputValue('#ots-link')).toBe('');
    expect(await page.inputValue('#ots-passphrase')).toBe('');
  });

  it('fills nothing, not even the link, when the passphrase field disappeared', async () => {
    const { popup, page } = await readyPopup();
    await page.evaluate(() =>
      document.querySelector('#ots-passphrase')?.closest('.field')?.remove(),
    );
    await popup.create();
    await popup.result();
    expect(await popup.page.locator('#fill-outcome').textContent()).toBe(
      'Not filled in: a field OnceLink was to fill is gone. Copy the link below.',
    );
    expect(await page.inputValue('#ots-link')).toBe('');
  });

  it('fills nothing when a field was hidden after inspection (a field turned honeypot)', async () => {
    const { popup, page } = await readyPopup();
    await page.evaluate(() => {
      const field = document.querySelector<HTMLElement>('#ots-link');
      if (field) field.style.cssText = 'position:absolute;left:-9999px';
    });
    await popup.create();
    await popup.result();
    expect(await popup.page.locator('#fill-outcome').textContent()).toContain(
      'can no longer be written to',
    );
    expect(await page.inputValue('#ots-link')).toBe('');
    expect(await page.inputValue('#ots-passphrase')).toBe('');
  });

  it("follows the user's own choice of fields", async () => {
    const { popup, page } = await readyPopup();
    await page.fill('#message', 'The SMTP test fails since Monday.');
    await popup.page.getByRole('button', { name: 'Change' }).click();
    await popup.page
      .getByLabel('Passphrase goes into')
      .selectOption({ label: 'the end of “Message”' });
    await popup.page.getByRole('button', { name: 'Done' }).click();
    expect(await popup.page.locator('.plan').textContent()).toContain(
      'Passphrase → end of “Message”',
    );
    await popup.create();
    const { link, passphrase } = await popup.result();
    expect(await page.inputValue('#ots-link')).toBe(link);
    expect(await page.inputValue('#ots-passphrase')).toBe('');
    expect(await page.inputValue('#message')).toBe(
      `The SMTP test fails since Monday.\n\nPassphrase for the one-time secret link: ${passphrase ?? ''}`,
    );
  });

  it('keeps the passphrase out of the page when the user says so', async () => {
    const { popup, page } = await readyPopup();
    await popup.page.getByRole('button', { name: 'Change' }).click();
    await popup.page
      .getByLabel('Passphrase goes into')
      .selectOption({ label: 'nowhere (tell support another way)' });
    await popup.create();
    const { link } = await popup.result();
    expect(await page.inputValue('#ots-link')).toBe(link);
    expect(await page.inputValue('#ots-passphrase')).toBe('');
    expect(await page.inputValue('#message')).toBe('');
  });
});

describe('forms that appear after the popup opened', () => {
  it('finds a form rendered a second after load by looking again', async () => {
    const { page, popup } = await openWithPopup(environment(), 'shape-late-rendered.html');
    // The first look finds nothing yet; the popup looks again and updates what it says.
    await popup.page.getByRole('heading', { name: /^Support form/ }).waitFor({ timeout: 5000 });
    await popup.waitForPassphrase();
    await popup.secretField.fill('late but found');
    await popup.create();
    const { link } = await popup.result();
    expect(await popup.page.locator('#fill-outcome').textContent()).toMatch(
      /^Filled in on the page/,
    );
    const late = loadFixtures().find((fixture) => fixture.name === 'shape-late-rendered');
    expect(await readField(page, late?.expect.link ?? '')).toBe(link);
  });
});
