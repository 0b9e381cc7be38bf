import { describe, expect, it } from 'vitest';
import { openWithPopup, useE2eEnvironment } from '../support/e2e-environment.ts';
import type { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// After sharing: the popup's "Shared secrets" with the backend's state of each secret,
// "Burn now", the temporary account's reminder, and what is left in storage.

const environment = useE2eEnvironment();

/** Creates a link through the popup on the demo support page; the popup shows the result. */
async function share(secret: string) {
  const { page, popup } = await openWithPopup(environment(), 'demo-support-form.html');
  await popup.pageVerdict();
  await popup.waitForPassphrase();
  await popup.secretField.fill(secret);
  await popup.create();
  return { page, popup, ...(await popup.result()) };
}

async function openShared(popup: PopupDriver) {
  await popup.page.getByRole('button', { name: 'Shared secrets' }).click();
  await popup.page.getByRole('heading', { name: 'Shared secrets' }).waitFor();
}

/** The state shown for each listed secret, in the list's order. */
async function states(popup: PopupDriver): Promise<string[]> {
  await popup.page.locator('section[aria-busy="false"] .receipts, .receipts').first().waitFor();
  await popup.page.waitForSelector('section[aria-busy="false"]');
  return popup.page.locator('.receipt .state').allTextContents();
}

async function storageDump(): Promise<string> {
  const { browser } = environment();
  return JSON.stringify(
    await Promise.all([
      browser.storageArea('local'),
      browser.storageArea('session'),
      browser.storageArea('sync'),
    ]),
  );
}

describe('shared secrets', () => {
  it('show "Not opened yet", then "Opened by support" once it was revealed, and notify', async () => {
    const { popup, link, passphrase } = await share('smtp: first-s3cret');
    await openShared(popup);
    expect(await states(popup)).toEqual(['Not opened yet']);
    expect(await popup.page.locator('.receipt strong').textContent()).toBe(
      'Contact Support – Acme SMTP',
    );

    expect(await reveal(link, passphrase ?? '')).toMatchObject({ ok: true });
    await popup.page.getByRole('button', { name: 'Refresh' }).click();
    await popup.page.getByText('Opened by support').waitFor();
    const notifications = await environment().browser.worker.evaluate(() =>
      chrome.notifications.getAll(),
    );
    expect(Object.keys(notifications)).toEqual([expect.stringMatching(/^opened:/)]);
  });

  it('burn an unread secret on the server', async () => {
    const { popup, link, passphrase } = await share('smtp: burn-me');
    await openShared(popup);
    await popup.page.getByRole('button', { name: 'Burn now' }).click();
    await popup.page.getByText('Burned').waitFor();

    const key = new URL(link).pathname.split('/').pop() ?? '';
    const stored = environment()
      .standIn.store.all()
      .find((secret) => secret.secretKey === key);
    expect(stored?.state).toBe('burned');
    expect(await reveal(link, passphrase ?? '')).toMatchObject({ ok: false });
  });

  it('ask for the passphrase to burn a secret the popup no longer knows', async () => {
    const { popup, link, passphrase } = await share('smtp: burn-later');
    await popup.page.getByRole('button', { name: 'Share another secret' }).click();
    const reopened = (await openWithPopup(environment(), 'demo-support-form.html')).popup;
    await openShared(reopened);
    await reopened.page.getByRole('button', { name: 'Burn now' }).click();

    const field = reopened.page.getByLabel('Passphrase of this secret');
    await field.fill('not-the-passphrase');
    await field.press('Enter');
    expect(await reopened.errorText()).not.toBe('');
    expect(await reopened.page.locator('.receipt .state').textContent()).toBe('Not opened yet');

    await field.fill(passphrase ?? '');
    await field.press('Enter');
    await reopened.page.getByText('Burned').waitFor();
    expect(await reveal(link, passphrase ?? '')).toMatchObject({ ok: false });
  });

  it('move to storage.local when the user keeps them across restarts', async () => {
    await share('smtp: kept');
    const { browser } = environment();
    expect((await browser.storageArea('session'))['receipts']).toHaveLength(1);

    const options = await browser.openExtensionPage('src/options/index.html');
    await options.getByLabel('Keep receipts after the browser restarts').check();
    await expect.poll(async () => (await browser.storageArea('local'))['receipts']).toHaveLength(1);
    expect(await browser.storageArea('session')).not.toHaveProperty('receipts');
    await options.close();
  });

  it('share a temporary account password and remind to remove the account', async () => {
    const { page, popup } = await openWithPopup(environment(), 'demo-support-form.html');
    await popup.page.getByRole('button', { name: 'Temporary account' }).click();
    await popup.page.getByRole('button', { name: 'Show password' }).click();
    const password = (await popup.page.locator('#account-password').textContent()) ?? '';
    expect(password).toHaveLength(20);
    await popup.page.getByLabel('Remind me to remove the account').selectOption('after 1 day');
    await popup.page.getByRole('button', { name: 'Share this password' }).click();

    expect(await popup.secretField.inputValue()).toBe(password);
    await popup.waitForPassphrase();
    await popup.create();
    const { link, passphrase } = await popup.result();
    expect(await page.inputValue('#ots-link')).toBe(link);
    expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: password });

    const { worker } = environment().browser;
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    const reminder = alarms.find((alarm) => alarm.name.startsWith('reminder:'));
    if (!reminder) throw new Error('no reminder alarm');
    expect(reminder.scheduledTime - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    // A day is long for a test: the alarm the browser would fire, dispatched to the listener.
    await worker.evaluate((alarm) => {
      (chrome.alarms.onAlarm as unknown as { dispatch(fired: chrome.alarms.Alarm): void }).dispatch(
        alarm,
      );
    }, reminder);
    await expect
      .poll(() => worker.evaluate(() => chrome.notifications.getAll()))
      .toHaveProperty(reminder.name);
    expect(await storageDump()).not.toContain('reminders');
  });

  it('keep no secret, passphrase or link in receipts, and nothing of them after "Clear all"', async () => {
    const first = await share('db: nothing-kept-1');
    await first.popup.page.getByRole('button', { name: 'Share another secret' }).click();
    const second = await share('db: nothing-kept-2');
    const secrets = ['db: nothing-kept-1', 'db: nothing-kept-2'];
    const passphrases = [first.passphrase ?? '-', second.passphrase ?? '-'];

    // Only the last result (storage.session `share`, for the popup's reopening) holds a passphrase.
    const { share: lastResult, ...rest } = await environment().browser.storageArea('session');
    expect(lastResult).toBeDefined();
    const kept = JSON.stringify([rest, await environment().browser.storageArea('local')]);
    expect(kept).toContain('receipts');
    for (const text of [...secrets, ...passphrases, first.link, second.link])
      expect(kept).not.toContain(text);

    // "Share another secret" forgets the last result; "Clear all" the receipts.
    await second.popup.page.getByRole('button', { name: 'Share another secret' }).click();
    await openShared(second.popup);
    await second.popup.page.getByRole('button', { name: 'Clear all' }).click();
    await second.popup.page.getByText('Nothing shared yet.').waitFor();
    const dump = await storageDump();
    expect(dump).not.toContain('receipts');
    for (const text of [...secrets, ...passphrases, first.link, second.link])
      expect(dump).not.toContain(text);
  });
});
