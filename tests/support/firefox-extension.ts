import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { geckoId } from '../../scripts/build/manifest.ts';
import { findFirefox } from './find-browser.ts';

/**
 * Debian's Firefox ESR with the Firefox end-to-end build (dist-firefox-e2e/) installed as a
 * temporary add-on, driven over WebDriver BiDi by puppeteer-core (research/toolchain.md §5).
 *
 * No tool clicks Firefox's toolbar button or context menu, and BiDi may not open extension
 * pages, so that build carries test hooks (src/background/e2e-hooks.ts): it opens its options
 * page on install, from which the harness uses the extension's own APIs; the popup is opened
 * as a tab naming the page's tab; a menu click is delivered to the real handler.
 */
export interface FirefoxSession {
  browser: Browser;
  /** The extension's options page, where the harness calls the extension's APIs. */
  extension: Page;
  openPage(url: string): Promise<Page>;
  /** The popup, opened for the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  /**
   * "Share as one-time secret" chosen on the focused field of `page` (in its frame that shows
   * `frameUrl`, when given). Firefox opens its real popup for it (action.openPopup), which BiDi
   * does not show as a page: a test reads the outcome in the page and in `lastShare()`.
   */
  clickShareMenu(page: Page, frameUrl?: string): Promise<void>;
  /** What the background keeps of the last share (storage.session), once it has ended. */
  lastShare(): Promise<{ status: string; result?: { link: string; passphrase: string } }>;
  /** Settings on `origin`, as saving it on the options page does. */
  useBackend(origin: string): Promise<void>;
  close(): Promise<void>;
}

// Pinned, so that the extension's pages have a known address.
const uuid = '0b5e7c1a-3f2d-4e6b-9a8c-1d2e3f4a5b6c';
const extensionOrigin = `moz-extension://${uuid}`;
const popupUrl = `${extensionOrigin}/src/popup/index.html`;

/** An extension page's global scope, where `browser` is the WebExtension API. */
interface ExtensionScope {
  browser: WebExtensionApi;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Extension pages show as about:blank to BiDi; their own location says what they are. */
async function findPage(browser: Browser, prefix: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no page at ${prefix}`);
    await wait(100);
  }
}

export async function launchFirefoxExtension(dist = 'dist-firefox-e2e'): Promise<FirefoxSession> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No Firefox end-to-end build in ${dist}: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'oncelink-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  await browser.installExtension(resolve(dist));
  const extension = await findPage(browser, `${extensionOrigin}/src/options/`);

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const ids = await extension.evaluate(async (pageUrl) => {
      const { protocol, hostname } = new URL(pageUrl);
      // Firefox's match patterns take no port.
      const tabs = await (globalThis as unknown as ExtensionScope).browser.tabs.query({
        url: `${protocol}//${hostname}/*`,
      });
      return tabs.filter((tab) => tab.url === pageUrl).map((tab) => tab.id);
    }, url);
    const [id, ...more] = ids;
    if (id === undefined || more.length > 0)
      throw new Error(`${ids.length} tabs show ${url}: give each test page its own address`);
    return id;
  }

  /** The browser's id for the frame of the tab that shows `frameUrl`, as a menu click reports it. */
  async function frameIdOf(tabId: number, frameUrl: string): Promise<number> {
    const frames = await extension.evaluate(
      (id) =>
        (globalThis as unknown as ExtensionScope).browser.scripting.executeScript({
          target: { tabId: id, allFrames: true },
          func: () => location.href,
        }),
      tabId,
    );
    const frame = frames.find((injection) => injection.result === frameUrl);
    if (!frame) throw new Error(`no frame shows ${frameUrl}`);
    return frame.frameId;
  }

  /** Background tabs are throttled: each step would take seconds. */
  async function front(page: Page): Promise<Page> {
    await page.bringToFront();
    return page;
  }

  return {
    browser,
    extension,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return front(page);
    },
    async openPopup(page) {
      const tabId = await tabIdOf(page);
      await extension.evaluate(
        (url) =>
          (globalThis as unknown as ExtensionScope).browser.tabs
            .create({ url })
            .then(() => undefined),
        `${popupUrl}?tab=${String(tabId)}`,
      );
      const popup = await front(await findPage(browser, popupUrl));
      await popup.waitForSelector('main');
      return popup;
    },
    async clickShareMenu(page, frameUrl) {
      const tabId = await tabIdOf(page);
      const frameId = frameUrl === undefined ? 0 : await frameIdOf(tabId, frameUrl);
      const info = {
        menuItemId: 'share-as-one-time-secret',
        editable: true,
        frameId,
        pageUrl: page.url(),
        ...(frameUrl === undefined ? {} : { frameUrl }),
      };
      // The last share is the one this click makes.
      await extension.evaluate(() =>
        (globalThis as unknown as ExtensionScope).browser.storage.session.remove('share'),
      );
      await extension.evaluate(
        (message) => (globalThis as unknown as ExtensionScope).browser.runtime.sendMessage(message),
        { clickShareMenu: [info, tabId] },
      );
    },
    async lastShare() {
      await extension.waitForFunction(
        async () => {
          const { share } = await (
            globalThis as unknown as ExtensionScope
          ).browser.storage.session.get('share');
          return ['done', 'failed'].includes(
            (share as { status?: string } | undefined)?.status ?? '',
          );
        },
        { timeout: 20_000 },
      );
      return extension.evaluate(async () => {
        const { share } = await (
          globalThis as unknown as ExtensionScope
        ).browser.storage.session.get('share');
        return share as { status: string; result?: { link: string; passphrase: string } };
      });
    },
    async useBackend(origin) {
      await extension.evaluate(
        (backendOrigin) =>
          (globalThis as unknown as ExtensionScope).browser.storage.local.set({
            settings: { backendOrigin },
          }),
        origin,
      );
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
