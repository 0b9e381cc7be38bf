// `npm run bench`: sizes of the built extension and timings measured in Chromium, as numbers.
// Targets (from the issues) are printed beside each figure; nothing here fails a build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { contentScriptFile, takeScriptFile } from '../src/shared/content-script-file.ts';
import { launchExtension } from '../tests/support/chromium-extension.ts';
import { startStandIn } from '../tests/support/ots-standin/server.ts';
import { startPageServer } from '../tests/support/page-server.ts';
import { chunkSizes, initialScripts } from './bench/bundle-sizes.ts';
import { timeDetector } from './bench/detector-speed.ts';
import { measurePopupOpen } from './bench/popup-paint.ts';
import { kb, median, ms } from './bench/stats.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 10);

console.log('Built chunks (dist/), minified and gzip -9:');
for (const chunk of chunkSizes()) {
  console.log(
    `  ${chunk.file.padEnd(48)} ${kb(chunk.bytes).padStart(10)} ${kb(chunk.gzipBytes).padStart(10)} gz`,
  );
}

for (const [page, target] of [
  ['popup', 'target < 40 KB gzip, libsodium excluded'],
  ['options', 'libsodium and the word list excluded'],
] as const) {
  const initial = initialScripts(page);
  const total = (size: 'bytes' | 'gzipBytes') =>
    initial.reduce((sum, chunk) => sum + chunk[size], 0);
  console.log(`\n${page} page initial script (${initial.map((chunk) => chunk.file).join(' + ')})`);
  console.log(`  ${kb(total('bytes'))} minified, ${kb(total('gzipBytes'))} gzip (${target})`);
}

console.log('\nInjected content code, only on a user gesture (target < 15 KB minified):');
for (const [file, when] of [
  [contentScriptFile, 'the popup opening or the right-click: reads and fills'],
  [takeScriptFile, 'added on the right-click: finds the clicked field'],
] as const) {
  const code = readFileSync(`dist${file}`);
  console.log(
    `  dist${file.padEnd(24)} ${kb(code.length).padStart(9)} minified ${kb(gzipSync(code).length).padStart(9)} gzip  (${when})`,
  );
}
const injected = readFileSync(`dist${contentScriptFile}`);

const timings = await timeDetector(injected.toString('utf8'), Math.max(runs, 20));
const fixtures = timings.slice(0, -2);
const large = timings.slice(-2);
const totals = fixtures.map((timing) => timing.readMs + timing.decideMs);
console.log(
  `\nDetector, median of ${Math.max(runs, 20)} runs per page (read in the page + decide in the extension):`,
);
for (const timing of fixtures) {
  console.log(
    `  ${timing.name.padEnd(40)} ${ms(timing.readMs).padStart(9)} + ${ms(timing.decideMs).padStart(8)}  ${timing.report.kind}`,
  );
}
console.log(
  `  fixtures (${fixtures.length}): median ${ms(median(totals))}, slowest ${ms(Math.max(...totals))} (target < 10 ms)`,
);
for (const page of large) {
  console.log(
    `  ${page.name}: ${ms(page.readMs)} + ${ms(page.decideMs)} = ${ms(page.readMs + page.decideMs)} (target < 50 ms), found: ${page.report.kind}, link → "${page.report.fields.link?.label ?? ''}"`,
  );
}

const standIn = await startStandIn();
const pages = await startPageServer();
const browser = await launchExtension();
await browser.useBackend(standIn.origin);
const samples = [];
for (let run = 0; run < runs; run++)
  samples.push(await measurePopupOpen(browser, pages.url('demo-support-form.html')));
await browser.close();
await Promise.all([standIn.close(), pages.close()]);

console.log(`\nPopup in headless Chromium, median of ${runs} opens:`);
console.log(
  `  first contentful paint        ${ms(median(samples.map((s) => s.firstContentfulPaintMs)))}`,
);
console.log(
  `  passphrase ready (libsodium)  ${ms(median(samples.map((s) => s.passphraseReadyMs)))}`,
);
