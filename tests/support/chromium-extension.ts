import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { findChromium } from './find-browser.ts';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<Page>;
  /** The real toolbar button on the tab that shows `page`: grants activeTab, opens the popup. */
  openPopup(page: Page): Promise<Page>;
  /**
   * A click on the context-menu item "Share as one-time secret" in `page` (in its frame that
   * shows `frameUrl`, when given): the browser's own onClicked event, with the data Chrome sends,
   * reaches the extension's real listener, which opens the popup. Returns that popup.
   */
  clickShareMenu(page: Page, frameUrl?: string): Promise<Page>;
  /** One of the extension's own pages, opened in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** What saving a backend on the options page does: store its origin, grant its host permission. */
  useBackend(origin: string): Promise<void>;
  /**
   * The user's "Allow" for a backend: headless Chromium shows its permission prompt where
   * nothing can click it, so the grant is given first and the prompt then never appears.
   */
  allowHostAccess(origin: string): Promise<void>;
  /** The user takes site access away again on the browser's extensions page. */
  revokeHostAccess(origin: string): Promise<void>;
  storageArea(area: 'local' | 'session' | 'sync'): Promise<Record<string, unknown>>;
  resetSession(): Promise<void>;
  /** Settings back to a fresh install's, on `backendOrigin` when given; credentials gone. */
  resetSettings(backendOrigin: string | undefined): Promise<void>;
  pasteClipboard(): Promise<string>;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function poll<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(50);
  }
}

/**
 * Debian's Chromium with the built extension loaded, headless unless asked otherwise. The flags
 * keep Chromium off the network this machine does not have (research/toolchain.md §4).
 */
export async function launchExtension(
  options: { dist?: string; headless?: boolean; language?: string } = {},
): Promise<ExtensionSession> {
  const dist = resolve(options.dist ?? 'dist');
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No built extension in ${dist}: run npm run build`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'oncelink-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--remote-debugging-port=0',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The browser's UI language, which browser.i18n follows.
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language } } : {}),
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser handle for CDP');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const popupClients: Browser[] = [];
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  const openPopups = () =>
    worker.evaluate(() =>
      chrome.runtime
        .getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP] })
        .then((c) => c.length),
    );

  /**
   * Playwright's own connection never lists action popups as pages; a second CDP client that
   * connects once the popup exists does (research/toolchain.md §4).
   */
  async function openPopup(page: Page): Promise<Page> {
    await closePopups();
    await triggerAction(page);
    return attachPopup();
  }

  async function triggerAction(page: Page): Promise<void> {
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab shows ${page.url()}`);
    await page.bringToFront();
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  }

  async function attachPopup(): Promise<Page> {
    await poll('the popup to open', async () => ((await openPopups()) > 0 ? true : undefined));

    const portFile = join(userDataDir, 'DevToolsActivePort');
    const port = readFileSync(portFile, 'utf8').split('\n')[0] ?? '';
    const client = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    popupClients.push(client);
    const popup = await poll('the popup page', () =>
      Promise.resolve(
        client
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url() === popupUrl),
      ),
    );
    await popup.waitForSelector('main');
    return popup;
  }

  /**
   * No tool clicks a native context menu (research/toolchain.md): the test dispatches the
   * browser's onClicked event in the service worker instead. Chrome grants activeTab on a
   * menu click, which a dispatched event does not do, so the toolbar button grants it first.
   */
  async function clickShareMenu(page: Page, frameUrl?: string): Promise<Page> {
    await closePopups();
    await triggerAction(page);
    await attachPopup();
    await closePopups();
    const pageUrl = page.url();
    const tabId = await tabIdOf(pageUrl);
    const frameId = await frameIdOf(tabId, pageUrl, frameUrl ?? pageUrl);
    const info = {
      menuItemId: 'share-as-one-time-secret',
      editable: true,
      frameId,
      pageUrl,
      ...(frameId === 0 ? {} : { frameUrl }),
    };
    await worker.evaluate(
      async ([id, clickData]) => {
        const tab = await chrome.tabs.get(id);
        (
          chrome.contextMenus.onClicked as unknown as {
            dispatch(data: object, clickedTab: chrome.tabs.Tab): void;
          }
        ).dispatch(clickData, tab);
      },
      [tabId, info] as const,
    );
    return attachPopup();
  }

  /** The tab showing `url`, which the toolbar button just gave the extension access to. */
  async function tabIdOf(url: string): Promise<number> {
    const ids = await worker.evaluate(
      async (pageUrl) =>
        (await chrome.tabs.query({})).filter((tab) => tab.url === pageUrl).map((tab) => tab.id),
      url,
    );
    const [id, ...more] = ids;
    if (id === undefined || more.length > 0)
      throw new Error(`${ids.length} tabs show ${url}: give each test page its own address`);
    return id;
  }

  /**
   * The browser's id for the frame that shows `frameUrl`, as onClicked reports it. Only the
   * browser knows it; the extension may ask once it can reach the frame, so a frame from
   * another site is reached with site access given and taken back around the question.
   */
  async function frameIdOf(tabId: number, pageUrl: string, frameUrl: string): Promise<number> {
    const find = async () => {
      const frames = await worker.evaluate(
        (id) =>
          chrome.scripting.executeScript({
            target: { tabId: id, allFrames: true },
            func: () => location.href,
          }),
        tabId,
      );
      const frame = frames.find((injection) => injection.result === frameUrl);
      if (!frame) throw new Error(`no frame shows ${frameUrl}`);
      return frame.frameId;
    };
    const { origin } = new URL(frameUrl);
    if (origin === new URL(pageUrl).origin) return find();
    await grantHostAccess(origin);
    try {
      return await find();
    } finally {
      await takeBackHostAccess(origin);
    }
  }

  /** Chrome shows one action popup at a time; a test opens the next one from a clean slate. */
  async function closePopups(): Promise<void> {
    for (const client of popupClients.splice(0)) {
      for (const open of client.contexts().flatMap((c) => c.pages())) {
        if (open.url() === popupUrl) await open.close().catch(() => undefined);
      }
      await client.close().catch(() => undefined);
    }
    await poll('earlier popups to close', async () =>
      (await openPopups()) === 0 ? true : undefined,
    );
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  async function openPage(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  /**
   * Headless Chromium shows the permission prompt where nothing can click it. The user's
   * "Allow" is given instead through the browser's own extensions page (the Site access
   * control calls developerPrivate.addHostPermission); the extension's permissions.request
   * then resolves without a prompt, as it does for an origin the user already approved.
   */
  async function siteAccess(change: 'add' | 'remove', origin: string): Promise<void> {
    const { protocol, host } = new URL(origin);
    const extensionsPage = await browserExtensionsPage();
    await extensionsPage.evaluate(
      async ([id, pattern, method]) => {
        const api = (
          chrome as unknown as {
            developerPrivate: Record<string, (id: string, host: string) => Promise<void>>;
          }
        ).developerPrivate;
        await api[method]?.(id, pattern);
      },
      [
        extensionId,
        `${protocol}//${host}/*`,
        change === 'add' ? 'addHostPermission' : 'removeHostPermission',
      ] as const,
    );
  }

  /**
   * The browser's extensions page, opened once and left in the background: a page opened
   * later would take the focus, and an open popup closes when it loses the focus.
   */
  let extensionsPage: Page | undefined;
  async function browserExtensionsPage(): Promise<Page> {
    if (!extensionsPage) {
      extensionsPage = await context.newPage();
      await extensionsPage.goto(`chrome://extensions/?id=${extensionId}`);
    }
    return extensionsPage;
  }

  /** The user said "Allow" to the extension's request for `origin`. */
  async function grantHostAccess(origin: string): Promise<void> {
    const { protocol, host } = new URL(origin);
    const pattern = `${protocol}//${host}/*`;
    await siteAccess('add', origin);
    const page = await openExtensionPage('src/popup/index.html');
    // Playwright's evaluate runs with a user gesture, which permissions.request requires.
    const granted = await page.evaluate(
      (originPattern) => chrome.permissions.request({ origins: [originPattern] }),
      pattern,
    );
    await page.close();
    if (!granted) throw new Error(`host permission for ${pattern} was not granted`);
  }

  async function takeBackHostAccess(origin: string): Promise<void> {
    const { protocol, host } = new URL(origin);
    await worker.evaluate(
      (pattern) => chrome.permissions.remove({ origins: [pattern] }),
      `${protocol}//${host}/*`,
    );
    await siteAccess('remove', origin);
  }

  async function useBackend(origin: string): Promise<void> {
    await grantHostAccess(origin);
    await worker.evaluate(
      (backendOrigin) => chrome.storage.local.set({ settings: { backendOrigin } }),
      origin,
    );
  }

  /** What the clipboard holds, read the way a user would: by pasting it into a page. */
  async function pasteClipboard(): Promise<string> {
    const page = await context.newPage();
    await page.setContent('<textarea id="paste"></textarea>');
    await page.focus('#paste');
    await page.keyboard.press('Control+V');
    const text = await page.inputValue('#paste');
    await page.close();
    return text;
  }

  /** Forgets the last result, as after "Share another secret". */
  async function resetSession(): Promise<void> {
    await closePopups();
    await worker.evaluate(() => chrome.storage.session.clear());
  }

  async function resetSettings(backendOrigin: string | undefined): Promise<void> {
    await worker.evaluate(async (origin) => {
      await chrome.storage.local.clear();
      if (origin !== undefined)
        await chrome.storage.local.set({ settings: { backendOrigin: origin } });
    }, backendOrigin);
  }

  async function storageArea(area: 'local' | 'session' | 'sync'): Promise<Record<string, unknown>> {
    return worker.evaluate((name) => chrome.storage[name].get(null), area);
  }

  async function close(): Promise<void> {
    await Promise.all(popupClients.map((client) => client.close().catch(() => undefined)));
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  return {
    context,
    worker,
    extensionId,
    openPage,
    openPopup,
    clickShareMenu,
    openExtensionPage,
    useBackend,
    allowHostAccess: (origin) => siteAccess('add', origin),
    revokeHostAccess: (origin) => siteAccess('remove', origin),
    storageArea,
    resetSession,
    resetSettings,
    pasteClipboard,
    close,
  };
}
