import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchExtension, type ExtensionSession } from './chromium-extension.ts';
import { startStandIn, type StandIn } from './ots-standin/server.ts';
import { startPageServer, type PageServer } from './page-server.ts';
import { PopupDriver } from './popup-driver.ts';

/** The built extension in Chromium, pointed at a fresh One-Time Secret stand-in. */
export interface E2eEnvironment {
  browser: ExtensionSession;
  standIn: StandIn;
  pages: PageServer;
  close(): Promise<void>;
}

export interface E2eOptions {
  /** Leave the extension on its default backend, as a fresh install is (default: the stand-in). */
  freshInstall?: boolean;
  /** Another build to load (a copy, for a browser policy that names its extension id). */
  dist?: string;
  /** The browser's UI language (default: English). */
  language?: string;
}

export async function startE2eEnvironment(options: E2eOptions = {}): Promise<E2eEnvironment> {
  const [browser, standIn, pages] = await Promise.all([
    launchExtension({
      ...(options.dist === undefined ? {} : { dist: options.dist }),
      ...(options.language === undefined ? {} : { language: options.language }),
    }),
    startStandIn(),
    startPageServer(),
  ]);
  if (!options.freshInstall) await browser.useBackend(standIn.origin);
  return {
    browser,
    standIn,
    pages,
    close: async () => {
      await browser.close();
      await Promise.all([standIn.close(), pages.close()]);
    },
  };
}

/**
 * One environment per test file, reset before each test: no fault, no popup open, no last
 * result, the settings it started with and no saved credentials. Returns an accessor, since the environment exists only once `beforeAll` has run.
 */
export function useE2eEnvironment(options: E2eOptions = {}): () => E2eEnvironment {
  let env: E2eEnvironment | undefined;
  const current = () => {
    if (!env) throw new Error('the e2e environment is not started yet');
    return env;
  };
  beforeAll(async () => {
    env = await startE2eEnvironment(options);
  });
  afterAll(() => env?.close());
  beforeEach(async () => {
    const { standIn, browser } = current();
    standIn.reset();
    await browser.resetSession();
    await browser.resetSettings(options.freshInstall ? undefined : standIn.origin);
  });
  return current;
}

/** A fixture page in a new tab, and the popup opened with the toolbar button on it. */
export async function openWithPopup(
  env: E2eEnvironment,
  fixturePage: string,
): Promise<{ page: Page; popup: PopupDriver }> {
  const page = await env.browser.openPage(env.pages.url(fixturePage));
  return { page, popup: new PopupDriver(await env.browser.openPopup(page)) };
}

/** The popup, opened with the toolbar button on the tab that shows a fixture page. */
export async function openPopupOn(env: E2eEnvironment, fixturePage: string): Promise<PopupDriver> {
  return (await openWithPopup(env, fixturePage)).popup;
}
