import { describe, expect, it } from 'vitest';
import { closedPortOrigin } from '../support/closed-port.ts';
import { openPopupOn, useE2eEnvironment } from '../support/e2e-environment.ts';
import { OptionsDriver } from '../support/options-driver.ts';
import { reveal } from '../support/reveal.ts';

// The real options page of the built extension, from a fresh install on the default backend.

const environment = useE2eEnvironment({ freshInstall: true });

async function openOptions(): Promise<OptionsDriver> {
  const page = await environment().browser.openExtensionPage('src/options/index.html');
  await page.locator('#backend-in-use').waitFor();
  return new OptionsDriver(page);
}

const storedBackend = async () =>
  (
    (await environment().browser.storageArea('local'))['settings'] as
      { backendOrigin?: string } | undefined
  )?.backendOrigin;

describe('choosing the secret server on the options page', () => {
  it('is opened from the popup', async () => {
    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    const opened = environment().browser.context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Settings' }).click();
    const options = await opened;
    expect(options.url()).toBe(
      `chrome-extension://${environment().browser.extensionId}/src/options/index.html`,
    );
    await options.close();
  });

  it.each([
    ['http://example.com', 'Plain http:// is not encrypted'],
    ['https://user:pass@ots.example.com', 'Leave the user name and password out'],
    ['https://ots.example.com/?next=x', 'Leave out everything after ? or #'],
    [' https://ots.example.com', 'contains spaces or line breaks'],
    ['javascript:alert(1)', 'This is not a full web address'],
    ['ftp://ots.example.com', 'Only https:// addresses'],
  ])('refuses %j with a reason, storing nothing', async (address, reason) => {
    const options = await openOptions();
    await options.chooseSelfHosted(address);
    expect(await options.page.getByRole('alert').textContent()).toContain(reason);
    expect(
      await options.page.getByRole('heading', { name: 'Send secrets to this server?' }).count(),
    ).toBe(0);
    expect(await storedBackend()).toBeUndefined();
    await options.page.close();
  });

  it('shows a look-alike address in punycode, with a warning, before anything is saved', async () => {
    const options = await openOptions();
    await options.chooseSelfHosted('https://оnetimesecret.com'); // Cyrillic о
    expect(await options.page.locator('#confirm-origin').textContent()).toBe(
      'https://xn--netimesecret-3fk.com',
    );
    expect(await options.page.getByRole('alert').textContent()).toContain(
      'it reads оnetimesecret.com but is really xn--netimesecret-3fk.com',
    );
    await options.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedBackend()).toBeUndefined();
    expect(await options.backendInUse()).toBe('https://onetimesecret.com');
    await options.page.close();
  });

  it('sets up a self-hosted server and shares a secret through it', async () => {
    const { standIn, browser } = environment();
    const host = new URL(standIn.origin).host;
    const options = await openOptions();
    expect(await options.backendInUse()).toBe('https://onetimesecret.com');

    // A pasted recipient link still names the server: its origin is kept, the path dropped.
    await options.chooseSelfHosted(`${standIn.origin}/secret/abc123`);
    expect(await options.page.locator('#confirm-origin').textContent()).toBe(standIn.origin);
    await expect
      .poll(() => options.page.locator('.confirmation').textContent())
      .toContain('Plain http: the connection is not encrypted');
    await browser.allowHostAccess(standIn.origin);
    await options.confirmServer(host);
    await options.page.getByText('OnceLink has access to this server.').waitFor();
    expect(await options.backendInUse()).toBe(standIn.origin);
    expect(await storedBackend()).toBe(standIn.origin);
    await options.page.close();

    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    const passphrase = await popup.waitForPassphrase();
    await popup.secretField.fill('wp-admin / correct horse');
    await popup.create();
    const { link } = await popup.result();
    expect(link.startsWith(`${standIn.origin}/secret/`)).toBe(true);
    expect(await reveal(link, passphrase)).toEqual({ ok: true, value: 'wp-admin / correct horse' });
  });

  it('offers "Grant access" when access is taken away, and never falls back to another server', async () => {
    const { standIn, browser } = environment();
    await browser.useBackend(standIn.origin);
    const options = await openOptions();
    await options.page.getByText('OnceLink has access to this server.').waitFor();

    await browser.revokeHostAccess(standIn.origin);
    await options.page.getByText(`OnceLink may not contact ${standIn.origin} yet.`).waitFor();
    expect(
      await options.page.getByRole('button', { name: `Grant access to ${standIn.origin}` }).count(),
    ).toBe(1);

    const popup = await openPopupOn(environment(), 'demo-support-form.html');
    expect(await popup.errorText()).toContain(`OnceLink may not contact ${standIn.origin} yet.`);
    await popup.waitForPassphrase();
    await popup.secretField.fill('kept');
    const sent = standIn.requests.length;
    await popup.create();
    await popup.page.getByRole('alert').filter({ hasText: 'may not contact' }).waitFor();
    expect(standIn.requests.length).toBe(sent);
    expect(await popup.secretField.inputValue()).toBe('kept');

    // The click opens the browser's prompt, which headless Chromium cannot show; the user's
    // "Allow" arrives as the site-access grant, and the page notices it without a reload.
    await options.page.getByRole('button', { name: `Grant access to ${standIn.origin}` }).click();
    await browser.allowHostAccess(standIn.origin);
    await options.page.getByText('OnceLink has access to this server.').waitFor();
    await options.page.close();
  });
});

describe('"Test connection" against the stand-in', () => {
  const account = 'ops@example.com';
  const token = 'tok-3f9a-very-secret';

  async function testedOptions(): Promise<OptionsDriver> {
    const { standIn, browser } = environment();
    await browser.useBackend(standIn.origin);
    standIn.configure({ accounts: { [account]: token } });
    return openOptions();
  }

  it('reports a working server and leaves no test secret behind', async () => {
    const options = await testedOptions();
    const before = environment().standIn.store.all().length;
    const findings = await options.testConnection();
    const host = new URL(environment().standIn.origin).host;
    expect(findings).toEqual([
      `OK: ${host} answers as a One-Time Secret server.`,
      'Note: No API credentials: secrets are created anonymously.',
      'OK: Creating secrets works: a test secret was created and destroyed.',
    ]);
    const made = environment().standIn.store.all().slice(before);
    expect(made.map((secret) => secret.state)).toEqual(['burned']);
    await options.page.close();
  });

  it('saves credentials without showing the token again, and says the server accepts them', async () => {
    const options = await testedOptions();
    await options.saveCredentials(account, token);
    expect(await options.page.locator('#saved-credentials').textContent()).toBe(
      `Account ${account}, API token ••••cret`,
    );
    expect(await options.page.content()).not.toContain(token);
    expect(JSON.stringify(await environment().browser.storageArea('local'))).not.toContain(token);
    expect(await environment().browser.storageArea('sync')).toEqual({});
    const sent = environment().standIn.requests.length;
    expect(await options.testConnection()).toContain(
      'OK: The server accepts your API credentials.',
    );
    const create = environment()
      .standIn.requests.slice(sent)
      .find((request) => request.method === 'POST');
    expect(create?.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${account}:${token}`).toString('base64')}`,
    );

    await options.page.getByRole('button', { name: 'Replace' }).click();
    await options.saveCredentials(account, 'wrong-token');
    expect(await options.testConnection()).toContain(
      'Problem: The server does not accept your API credentials. Check the account and the token.',
    );
    await options.page.getByRole('button', { name: 'Remove credentials' }).click();
    await options.page.getByText('None: secrets are created anonymously.').waitFor();
    await options.page.close();
  });

  it.each([
    [
      'anonymous creation disabled',
      () => environment().standIn.configure({ anonymousDisabled: true }),
      /^Problem: This server does not accept anonymous secrets\. Add API credentials above\.$/,
    ],
    [
      'an origin check that rejects extensions',
      () => environment().standIn.configure({ originCheck: true }),
      /^Problem: The server turns away requests from browser extensions/,
    ],
    [
      'the wrong host in its own links',
      () => environment().standIn.configure({ linkHost: 'ots.internal:3000' }),
      /^Note: The server names itself ots\.internal:3000 in its own links/,
    ],
    [
      'API v1 gone (v2 only)',
      () => environment().standIn.setFault('v1-missing'),
      /^OK: Creating secrets works/,
    ],
    [
      'a server error',
      () => environment().standIn.setFault('server-error'),
      /^Problem: Not reachable: The secret server had a problem \(HTTP 500\)/,
    ],
    [
      'a redirect',
      () => environment().standIn.setFault('redirect'),
      /^Problem: Not reachable: 127\.0\.0\.1:\d+ answered with a redirect/,
    ],
    [
      'a captive portal instead of the server',
      () => environment().standIn.setFault('captive-portal'),
      /^Problem: Not reachable: /,
    ],
  ])('reports %s', async (_mode, arrange, expected) => {
    const options = await testedOptions();
    arrange();
    const findings = await options.testConnection();
    expect(findings).toContainEqual(expect.stringMatching(expected));
    await options.page.close();
  });

  it('reports a server that is down', async () => {
    const down = await closedPortOrigin();
    await environment().browser.useBackend(down);
    const options = await openOptions();
    const findings = await options.testConnection();
    expect(findings).toEqual([
      `Problem: Not reachable: Cannot reach ${new URL(down).host}. Check your connection or the backend address.`,
    ]);
    await options.page.close();
  });
});
