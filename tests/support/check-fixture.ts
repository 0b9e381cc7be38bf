// Checks fixture pages by hand: `npx tsx tests/support/check-fixture.ts [name…]`.
// Loads each page in headless Chromium (no extension), waits for `readyWhen`, resolves every
// selector of its .expect.json, says which are missing or not visible, and saves a screenshot
// to /tmp/fixture-<name>.png. Exits 1 when a selector does not resolve.
import { chromium } from 'playwright-core';
import { findChromium } from './find-browser.ts';
import { loadFixtures, resolveInPage } from './fixture-expectations.ts';
import { startPageServer } from './page-server.ts';

const wanted = process.argv.slice(2);
const fixtures = loadFixtures().filter(
  (fixture) => wanted.length === 0 || wanted.includes(fixture.name),
);
const server = await startPageServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
let failures = 0;

for (const fixture of fixtures) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url(fixture.page));
  const { expect } = fixture;
  if (expect.readyWhen) {
    await page
      .waitForFunction(
        `(${resolveInPage.toString()})(${JSON.stringify(expect.readyWhen)}) !== null`,
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => errors.push(`readyWhen ${expect.readyWhen} never appeared`));
  }
  const selectors = [
    ...(['link', 'passphrase', 'message'] as const).flatMap((role) =>
      expect[role] ? [[role, expect[role]] as const] : [],
    ),
    ...expect.traps.map((trap) => ['trap', trap] as const),
  ];
  const lines: string[] = [];
  for (const [role, selector] of selectors) {
    const state = await page.evaluate(
      `(() => { const el = (${resolveInPage.toString()})(${JSON.stringify(selector)});
        if (!el) return 'MISSING';
        const rect = el.getBoundingClientRect();
        return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && rect.width > 2 && rect.height > 2 ? 'visible' : 'not visible'; })()`,
    );
    if (state === 'MISSING') failures++;
    lines.push(`    ${role.padEnd(10)} ${String(state).padEnd(12)} ${selector}`);
  }
  await page.screenshot({ path: `/tmp/fixture-${fixture.name}.png`, fullPage: true });
  console.log(`${fixture.name} (${expect.kind}, fill: ${expect.fill})`);
  console.log(lines.join('\n'));
  for (const error of errors) console.log(`    page error: ${error}`);
  failures += errors.length;
  await page.close();
}

await browser.close();
await server.close();
process.exit(failures ? 1 : 0);
