// `npm run demo`: OnceLink against a local One-Time Secret stand-in, on a sample support page.
// With a display it opens Chromium for you to try; without one (or with --headless) it runs
// the whole flow by itself, prints the link and saves screenshots in demo-output/.
import { mkdirSync } from 'node:fs';
import { launchExtension } from '../tests/support/chromium-extension.ts';
import { findChromium } from '../tests/support/find-browser.ts';
import { startStandIn } from '../tests/support/ots-standin/server.ts';
import { startPageServer } from '../tests/support/page-server.ts';
import { OptionsDriver } from '../tests/support/options-driver.ts';
import { PopupDriver } from '../tests/support/popup-driver.ts';

const outputDir = 'demo-output';
const headless =
  process.argv.includes('--headless') ||
  !(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);

try {
  findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const standIn = await startStandIn();
const pages = await startPageServer();
const browser = await launchExtension({ headless });
const supportPage = await browser.openPage(pages.url('demo-support-form.html'));

console.log(`One-Time Secret stand-in: ${standIn.origin}`);
console.log(`Sample support page:      ${supportPage.url()}`);

if (headless) {
  await runFlow();
  await browser.close();
  await Promise.all([standIn.close(), pages.close()]);
} else {
  // Ready to try: the stand-in is already the secret server, as the options page would save it.
  await browser.useBackend(standIn.origin);
  await browser.openPopup(supportPage);
  console.log('\nChromium is open with OnceLink loaded and pointed at the stand-in.');
  console.log(
    'Paste a password into the popup (the toolbar icon reopens it) and press "Create link".',
  );
  console.log('Press Ctrl+C here, or close the browser, to stop.');
  browser.context.on('close', () => process.exit(0));
  process.on('SIGINT', () => void browser.close().finally(() => process.exit(0)));
}

/** The options page, as a user sets it up: a self-hosted server, confirmed, then tested. */
async function chooseStandInOnOptionsPage(): Promise<void> {
  const page = await browser.openExtensionPage('src/options/index.html');
  const options = new OptionsDriver(page);
  await options.chooseSelfHosted(standIn.origin);
  // Headless Chromium cannot show the permission prompt: the user's "Allow" is given first.
  await browser.allowHostAccess(standIn.origin);
  await options.confirmServer(new URL(standIn.origin).host);
  await page.getByText('OnceLink has access to this server.').waitFor();
  const findings = await options.testConnection();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.screenshot({ path: `${outputDir}/0-options-server.png` });
  console.log(`\nOptions page: secrets go to ${await options.backendInUse()}; Test connection:`);
  for (const line of findings) console.log(`  ${line}`);
  await page.close();
}

async function runFlow(): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  await chooseStandInOnOptionsPage();
  const popup = new PopupDriver(await browser.openPopup(supportPage));
  await popup.pageVerdict();
  const found = (await popup.page.locator('#page-target-title').textContent()) ?? '';
  const plan = await popup.page.locator('.plan li').allTextContents();
  await popup.waitForPassphrase();
  await popup.pasteSecret(
    'WordPress admin for support\r\nuser: support-temp\r\npassword: Vq7#mP2!xL9$wR4',
  );
  await popup.page.screenshot({ path: `${outputDir}/1-popup-form.png` });
  await popup.create();
  const result = await popup.result();
  await popup.page.screenshot({ path: `${outputDir}/2-popup-result.png` });
  const filled = await popup.page.locator('#fill-outcome').textContent();

  console.log(`\nThe popup found: ${found}`);
  for (const line of plan) console.log(`  ${line}`);
  console.log('\nCreated through the real popup, headless:');
  console.log(`  One-time link: ${result.link}`);
  console.log(`  Passphrase:    ${result.passphrase ?? '(none)'}`);
  console.log(`  Expires:       ${result.expiry}`);
  console.log(`  ${filled ?? ''}`);

  const inForm = {
    link: await supportPage.inputValue('#ots-link'),
    passphrase: await supportPage.inputValue('#ots-passphrase'),
  };
  console.log(`\nThe support form now holds: link ${inForm.link}, passphrase ${inForm.passphrase}`);
  await supportPage.screenshot({ path: `${outputDir}/3-support-form-filled.png`, fullPage: true });

  // What support does with the ticket: open the link, type the passphrase, read the secret once.
  const recipient = await browser.openPage(inForm.link);
  await recipient.fill('#passphrase', inForm.passphrase);
  await recipient.click('text=View secret');
  await recipient.waitForSelector('#value:not([hidden])');
  await recipient.screenshot({ path: `${outputDir}/4-support-opens-link.png` });
  console.log(
    `\nScreenshots: ${outputDir}/0-options-server.png, 1-popup-form.png, 2-popup-result.png, 3-support-form-filled.png, 4-support-opens-link.png`,
  );
}
