import { launchExtension, type ExtensionSession } from './chromium-extension.ts';
import { startStandIn, type StandIn } from './ots-standin/server.ts';
import { startPageServer, type PageServer } from './page-server.ts';

/** The built extension in Chromium, pointed at a fresh One-Time Secret stand-in. */
export interface E2eEnvironment {
  browser: ExtensionSession;
  standIn: StandIn;
  pages: PageServer;
  close(): Promise<void>;
}

export async function startE2eEnvironment(): Promise<E2eEnvironment> {
  const [browser, standIn, pages] = await Promise.all([
    launchExtension(),
    startStandIn(),
    startPageServer(),
  ]);
  await browser.useBackend(standIn.origin);
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
