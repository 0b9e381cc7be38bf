import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openPopupOn,
  startE2eEnvironment,
  type E2eEnvironment,
} from '../support/e2e-environment.ts';
import {
  canInstallPolicies,
  installExtensionPolicy,
  type InstalledPolicy,
} from '../support/managed-policy.ts';

// An administrator's policy, installed as Chromium reads it from /etc (root only: CI runs as root).

const policy = {
  backendOrigin: 'https://eu.onetimesecret.com',
  allowedLifetimes: [86_400, 259_200],
  passphraseRequired: true,
};

describe.runIf(canInstallPolicies())('a managed policy', () => {
  let installed: InstalledPolicy | undefined;
  let env: E2eEnvironment | undefined;
  const environment = () => {
    if (!env) throw new Error('the e2e environment is not started yet');
    return env;
  };

  beforeAll(async () => {
    installed = installExtensionPolicy(policy);
    env = await startE2eEnvironment({ freshInstall: true, dist: installed.dist });
    // What the user had chosen before the policy arrived: all of it is overridden.
    await env.browser.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          backendOrigin: 'https://us.onetimesecret.com',
          passphrase: { enabled: false, style: 'characters', length: 20 },
        },
      }),
    );
  });
  afterAll(async () => {
    await env?.close();
    installed?.remove();
  });

  it('locks the backend, the passphrase and the lifetimes on the options page', async () => {
    const page = await environment().browser.openExtensionPage('src/options/index.html');
    await page.locator('#backend-in-use').waitFor();
    expect(await page.locator('#backend-in-use').textContent()).toBe(policy.backendOrigin);
    const regions = page.getByRole('radio', {
      name: /region|United|European|Canada|Zealand|Self-hosted/,
    });
    expect(await regions.count()).toBe(7);
    for (const region of await regions.all()) expect(await region.isDisabled()).toBe(true);
    expect(await page.getByRole('radio', { name: /European Union/ }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Use this server' }).count()).toBe(0);

    const passphrase = page.getByLabel('Generate a passphrase for every secret');
    expect(await passphrase.isChecked()).toBe(true);
    expect(await passphrase.isDisabled()).toBe(true);
    await page.getByText('Your organisation allows: 1 day, 3 days.').waitFor();
    expect(await page.getByText('Set by your organisation').count()).toBe(3);
    await page.close();
  });

  it('gives the popup only the allowed lifetimes and requires a passphrase', async () => {
    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    const lifetimes = await popup.page
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent ?? ''));
    expect(lifetimes).toEqual(['1 day', '3 days']);
    expect(await popup.page.getByText('eu.onetimesecret.com').count()).toBeGreaterThan(0);

    await popup.waitForPassphrase();
    await popup.passphraseField.fill('');
    await popup.secretField.fill('a secret');
    await popup.create();
    expect(await popup.errorText()).toBe('Your organisation requires a passphrase.');
    expect(await popup.secretField.inputValue()).toBe('a secret');
  });
});
