import type { Frame, Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from '../support/firefox-extension.ts';
import { startStandIn, type StandIn } from '../support/ots-standin/server.ts';
import { startPageServer, type PageServer } from '../support/page-server.ts';
import { reveal } from '../support/reveal.ts';

// The Firefox build (dist-firefox-e2e: the release build plus its test hooks) in Debian's
// Firefox ESR over WebDriver BiDi, against the local stand-in.

let firefox: FirefoxSession;
let standIn: StandIn;
let pages: PageServer;
let visits = 0;

beforeAll(async () => {
  [firefox, standIn, pages] = await Promise.all([
    launchFirefoxExtension(),
    startStandIn(),
    startPageServer(),
  ]);
  await firefox.useBackend(standIn.origin);
}, 60_000);
afterAll(async () => {
  await firefox.close();
  await Promise.all([standIn.close(), pages.close()]);
});
beforeEach(() => {
  standIn.reset();
});

/** A fixture page at an address of its own: the harness finds its tab by it. */
function openFixture(name: string): Promise<Page> {
  visits += 1;
  return firefox.openPage(`${pages.url(name)}?visit=${String(visits)}`);
}

const value = (page: Page | Frame, selector: string) =>
  page.$eval(selector, (field) => (field as HTMLInputElement).value);

/** The popup's result view: the link and passphrase, shown. */
async function result(popup: Page): Promise<{ link: string; passphrase: string }> {
  await popup.waitForSelector('#result-link', { timeout: 20_000 });
  for (const name of ['Show link', 'Show passphrase'])
    await popup.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  await popup.waitForFunction(() =>
    ['#result-link', '#result-passphrase'].every(
      (selector) => !document.querySelector(selector)?.textContent.includes('•'),
    ),
  );
  const text = (selector: string) => popup.$eval(selector, (element) => element.textContent);
  return { link: await text('#result-link'), passphrase: await text('#result-passphrase') };
}

describe('OnceLink in Firefox', () => {
  it('registers the menu item and the shortcut', async () => {
    const registered = await firefox.extension.evaluate(async () => {
      const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      // update() rejects for an item that does not exist.
      const menu = await api.menus.update('share-as-one-time-secret', {}).then(
        () => true,
        () => false,
      );
      const commands = await api.commands.getAll();
      return { menu, shortcut: commands.find((c) => c.name === '_execute_action')?.shortcut };
    });
    expect(registered).toEqual({ menu: true, shortcut: 'Alt+Shift+S' });
  });

  it('creates a link in the popup and fills the support form', async () => {
    const page = await openFixture('demo-support-form.html');
    const popup = await firefox.openPopup(page);
    await popup.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#passphrase')?.value !== '',
    );
    await popup.waitForSelector('.page-target');
    await popup.type('#secret', 'ftp: Firefox-s3cret ✓');
    await popup.locator('button[type=submit]').click();
    const { link, passphrase } = await result(popup);

    expect(link).toMatch(new RegExp(`^${standIn.origin}/secret/[a-z0-9]+$`));
    expect(await value(page, '#ots-link')).toBe(link);
    expect(await value(page, '#ots-passphrase')).toBe(passphrase);
    expect(await reveal(link, passphrase)).toEqual({ ok: true, value: 'ftp: Firefox-s3cret ✓' });
  });

  it('moves a password out of a WPForms field with "Share as one-time secret"', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await page.type('#wpforms-1357-field_9', 'Hunter2-in-Firefox');
    await page.focus('#wpforms-1357-field_9');

    await firefox.clickShareMenu(page);
    const share = await firefox.lastShare();
    expect(share.status).toBe('done');
    const { link = '', passphrase = '' } = share.result ?? {};

    expect(await value(page, '#wpforms-1357-field_9')).toBe('');
    expect(await value(page, '#wpforms-1357-field_10')).toBe(link);
    expect(await value(page, '#wpforms-1357-field_11')).toBe(passphrase);
    expect(await reveal(link, passphrase)).toEqual({ ok: true, value: 'Hunter2-in-Firefox' });
  });

  it('takes a password from a frame of another site and writes nothing into that frame', async () => {
    const page = await openFixture('menu/cross-origin-frame.html');
    const frameUrl = pages
      .url('menu/cross-origin-frame-inner.html')
      .replace('127.0.0.1', 'localhost');
    const frame = await (await page.waitForSelector('#widget-frame'))?.contentFrame();
    if (!frame) throw new Error('no widget frame');
    await frame.waitForSelector('#ssh-password');
    await frame.type('#ssh-password', 'Frame-s3cret');
    await frame.focus('#ssh-password');

    await firefox.clickShareMenu(page, frameUrl);
    const share = await firefox.lastShare();
    expect(share.status).toBe('done');

    expect(await value(frame, '#ssh-password')).toBe('');
    for (const selector of ['#widget-link', '#widget-passphrase'])
      expect(await value(frame, selector)).toBe('');
    for (const selector of ['#site-link', '#site-passphrase', '#site-message'])
      expect(await value(page, selector)).toBe('');
    const { link = '', passphrase = '' } = share.result ?? {};
    expect(await reveal(link, passphrase)).toEqual({ ok: true, value: 'Frame-s3cret' });
  });
});
