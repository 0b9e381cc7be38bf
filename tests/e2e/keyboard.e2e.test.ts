import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPopup, useE2eEnvironment } from '../support/e2e-environment.ts';

// The popup with the keyboard alone: no mouse event reaches it in these tests.

const environment = useE2eEnvironment();

/** What has the focus: its role-ish description and accessible text. */
function focused(popup: Page): Promise<{ tag: string; type: string; name: string }> {
  return popup.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const label = element?.labels?.[0]?.textContent ?? '';
    return {
      tag: element?.localName ?? '',
      type: element?.type ?? '',
      name: (element?.getAttribute('aria-label') ?? label) || (element?.textContent ?? ''),
    };
  });
}

/** Presses Tab until `wanted` has the focus; fails if the popup has no way there. */
async function tabTo(popup: Page, wanted: RegExp): Promise<string[]> {
  const passed: string[] = [];
  for (let presses = 0; presses < 25; presses += 1) {
    const { name } = await focused(popup);
    if (wanted.test(name.trim())) return passed;
    passed.push(name.trim());
    await popup.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(wanted)}; it went through ${passed.join(' | ')}`);
}

describe('the popup without a mouse', () => {
  it('the browser knows the shortcut that opens it', async () => {
    const commands = await environment().browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(
      expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }),
    );
  });

  it('creates, fills and copies a link with Tab, arrows, Enter and Space', async () => {
    const { page, popup: driver } = await openWithPopup(environment(), 'demo-support-form.html');
    const popup = driver.page;
    await driver.pageVerdict();
    await driver.waitForPassphrase();

    // The secret field has the focus as the popup opens.
    expect(await focused(popup)).toMatchObject({ tag: 'textarea', name: 'Secret' });
    await popup.keyboard.type('smtp: k3yboard-only');

    await tabTo(popup, /^1 day$|^3 days$/);
    const before = await popup.locator('input[type=radio]:checked').getAttribute('value');
    await popup.keyboard.press('ArrowRight');
    const after = await popup.locator('input[type=radio]:checked').getAttribute('value');
    expect(after).not.toBe(before);

    await tabTo(popup, /^Create link/);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Link created' }).waitFor();
    expect(environment().standIn.requests.at(-1)?.body).toContain(`ttl=${after ?? ''}`);

    await tabTo(popup, /^Copy link/);
    await popup.keyboard.press('Space');
    await popup.getByRole('button', { name: 'Copy link' }).getByText('Copied').waitFor();
    const link = await environment().browser.pasteClipboard();
    expect(await page.inputValue('#ots-link')).toBe(link);
  });

  it('creates the link with Ctrl+Enter from the secret field', async () => {
    const { page, popup: driver } = await openWithPopup(environment(), 'demo-support-form.html');
    await driver.waitForPassphrase();
    await driver.page.keyboard.type('ctrl-enter s3cret');
    await driver.page.keyboard.press('Control+Enter');
    const { link } = await driver.result();
    expect(await page.inputValue('#ots-link')).toBe(link);
  });
});
