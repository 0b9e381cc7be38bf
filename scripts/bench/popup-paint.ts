import type { ExtensionSession } from '../../tests/support/chromium-extension.ts';

export interface PopupTimings {
  firstContentfulPaintMs: number;
  passphraseReadyMs: number;
}

/** Opens the real popup and reads when it first painted and when libsodium had filled the passphrase. */
export async function measurePopupOpen(
  browser: ExtensionSession,
  pageUrl: string,
): Promise<PopupTimings> {
  const page = await browser.openPage(pageUrl);
  const popup = await browser.openPopup(page);
  await popup.waitForFunction(
    () => (document.querySelector<HTMLInputElement>('#passphrase')?.value ?? '') !== '',
  );
  const timings = await popup.evaluate(() => ({
    firstContentfulPaintMs:
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    passphraseReadyMs: performance.now(),
  }));
  await page.close();
  return timings;
}
