import { describe, expect, it } from 'vitest';
import { closedPortOrigin } from '../support/closed-port.ts';
import { openPopupOn, useE2eEnvironment } from '../support/e2e-environment.ts';
import type { Fault } from '../support/ots-standin/server.ts';
import type { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// Faults of the backend as the user meets them in the real popup: a specific message, and the
// typed secret still there to send again once the fault is gone (rule 7).

const environment = useE2eEnvironment();
const openPopup = (): Promise<PopupDriver> => openPopupOn(environment(), 'demo-support-form.html');

const secret = 'db-password: S3cr3t!\nport 5432';

async function popupWithSecret(): Promise<PopupDriver> {
  const popup = await openPopup();
  await popup.waitForPassphrase();
  await popup.secretField.fill(secret);
  return popup;
}

async function expectRecovery(popup: PopupDriver): Promise<void> {
  expect(await popup.secretField.inputValue()).toBe(secret);
  expect(await popup.page.getByText('Link created').count()).toBe(0);
  environment().standIn.setFault('none');
  await popup.create();
  const { link, passphrase } = await popup.result();
  expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: secret });
}

describe('backend faults in the popup', () => {
  const host = () => new URL(environment().standIn.origin).host;

  it.each<[Fault, (host: string) => string]>([
    ['server-error', () => 'The secret server had a problem (HTTP 500). Try again in a minute.'],
    ['rate-limit', () => 'The server is limiting requests. Try again in 120 seconds.'],
    [
      'malformed-json',
      () =>
        "The answer was not from a One-Time Secret server (it may be your network's sign-in page). Nothing was shared.",
    ],
    [
      'redirect',
      (h) =>
        `${h} answered with a redirect, which OnceLink does not follow. Check the backend address.`,
    ],
  ])('%s: says what happened and keeps the secret', async (fault, message) => {
    const popup = await popupWithSecret();
    environment().standIn.setFault(fault);
    await popup.create();
    expect(await popup.errorText()).toBe(message(host()));
    await expectRecovery(popup);
  });

  it('server down: says it cannot reach the server and keeps the secret', async () => {
    const down = await closedPortOrigin();
    await environment().browser.useBackend(down);
    try {
      const popup = await popupWithSecret();
      await popup.create();
      expect(await popup.errorText()).toBe(
        `Cannot reach ${new URL(down).host}. Check your connection or the backend address.`,
      );
      expect(await popup.secretField.inputValue()).toBe(secret);
    } finally {
      await environment().browser.useBackend(environment().standIn.origin);
    }
  });

  it('oversized secret: refused before anything is sent, and kept', async () => {
    const popup = await openPopup();
    await popup.waitForPassphrase();
    const big = `${'ключ-'.repeat(1200)}end`; // 1,200 × (4 Cyrillic letters × 2 bytes + "-") + "end" = 10,803 UTF-8 bytes
    await popup.secretField.fill(big);
    const requestsBefore = environment().standIn.requests.length;
    await popup.create();
    expect(await popup.errorText()).toBe(
      'The secret is 10,803 bytes; the server accepts at most 10,000. Shorten it or split it in two.',
    );
    expect(environment().standIn.requests.length).toBe(requestsBefore);
    expect(await popup.secretField.inputValue()).toBe(big);
  });

  it('empty secret: asks for one', async () => {
    const popup = await openPopup();
    await popup.waitForPassphrase();
    await popup.create();
    expect(await popup.errorText()).toBe('Type or paste the secret first.');
  });

  it('a failure while the popup was closed is reported on reopening', async () => {
    const popup = await popupWithSecret();
    environment().standIn.setFault('slow', { slowMs: 1000 });
    await popup.create();
    await popup.page.close();
    environment().standIn.setFault('server-error');
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const reopened = await openPopup();
    expect(await reopened.errorText()).toContain(
      'The last link could not be created, and the secret was not kept',
    );
  });
});
