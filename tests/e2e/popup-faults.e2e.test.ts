import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closedPortOrigin } from '../support/closed-port.ts';
import { startE2eEnvironment, type E2eEnvironment } from '../support/e2e-environment.ts';
import type { Fault } from '../support/ots-standin/server.ts';
import { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// Faults of the backend as the user meets them in the real popup: a specific message, and the
// typed secret still there to send again once the fault is gone (rule 7).

let env: E2eEnvironment;
beforeAll(async () => {
  env = await startE2eEnvironment();
});
afterAll(() => env.close());
beforeEach(async () => {
  env.standIn.setFault('none');
  await env.browser.resetSession();
});

const secret = 'db-password: S3cr3t!\nport 5432';

async function popupWithSecret(): Promise<PopupDriver> {
  const page = await env.browser.openPage(env.pages.url('demo-support-form.html'));
  const popup = new PopupDriver(await env.browser.openPopup(page));
  await popup.waitForPassphrase();
  await popup.secretField.fill(secret);
  return popup;
}

async function expectRecovery(popup: PopupDriver): Promise<void> {
  expect(await popup.secretField.inputValue()).toBe(secret);
  expect(await popup.page.getByText('Link created').count()).toBe(0);
  env.standIn.setFault('none');
  await popup.create();
  const { link, passphrase } = await popup.result();
  expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: secret });
}

describe('backend faults in the popup', () => {
  const host = () => new URL(env.standIn.origin).host;

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
    env.standIn.setFault(fault);
    await popup.create();
    expect(await popup.errorText()).toBe(message(host()));
    await expectRecovery(popup);
  });

  it('server down: says it cannot reach the server and keeps the secret', async () => {
    const down = await closedPortOrigin();
    await env.browser.useBackend(down);
    try {
      const popup = await popupWithSecret();
      await popup.create();
      expect(await popup.errorText()).toBe(
        `Cannot reach ${new URL(down).host}. Check your connection or the backend address.`,
      );
      expect(await popup.secretField.inputValue()).toBe(secret);
    } finally {
      await env.browser.useBackend(env.standIn.origin);
    }
  });

  it('oversized secret: refused before anything is sent, and kept', async () => {
    const page = await env.browser.openPage(env.pages.url('demo-support-form.html'));
    const popup = new PopupDriver(await env.browser.openPopup(page));
    await popup.waitForPassphrase();
    const big = `${'ключ-'.repeat(1200)}end`; // 1,200 × (4 Cyrillic letters × 2 bytes + "-") + "end" = 10,803 UTF-8 bytes
    await popup.secretField.fill(big);
    const requestsBefore = env.standIn.requests.length;
    await popup.create();
    expect(await popup.errorText()).toBe(
      'The secret is 10,803 bytes; the server accepts at most 10,000. Shorten it or split it in two.',
    );
    expect(env.standIn.requests.length).toBe(requestsBefore);
    expect(await popup.secretField.inputValue()).toBe(big);
  });

  it('empty secret: asks for one', async () => {
    const page = await env.browser.openPage(env.pages.url('demo-support-form.html'));
    const popup = new PopupDriver(await env.browser.openPopup(page));
    await popup.waitForPassphrase();
    await popup.create();
    expect(await popup.errorText()).toBe('Type or paste the secret first.');
  });

  it('a failure while the popup was closed is reported on reopening', async () => {
    const popup = await popupWithSecret();
    env.standIn.setFault('slow', { slowMs: 1000 });
    await popup.create();
    await popup.page.close();
    env.standIn.setFault('server-error');
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const page = await env.browser.openPage(env.pages.url('demo-support-form.html'));
    const reopened = new PopupDriver(await env.browser.openPopup(page));
    expect(await reopened.errorText()).toContain(
      'The last link could not be created, and the secret was not kept',
    );
  });
});
