// `npm run bench`: sizes of the built extension and timings measured in Chromium, as numbers.
// Targets (from the issues) are printed beside each figure; nothing here fails a build.
import { launchExtension } from '../tests/support/chromium-extension.ts';
import { startStandIn } from '../tests/support/ots-standin/server.ts';
import { startPageServer } from '../tests/support/page-server.ts';
import { chunkSizes, popupInitialScripts } from './bench/bundle-sizes.ts';
import { measurePopupOpen } from './bench/popup-paint.ts';
import { kb, median, ms } from './bench/stats.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 10);

console.log('Built chunks (dist/), minified and gzip -9:');
for (const chunk of chunkSizes()) {
  console.log(
    `  ${chunk.file.padEnd(48)} ${kb(chunk.bytes).padStart(10)} ${kb(chunk.gzipBytes).padStart(10)} gz`,
  );
}

const initial = popupInitialScripts();
const initialGzip = initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
console.log(`\nPopup initial script (${initial.map((chunk) => chunk.file).join(' + ')})`);
console.log(
  `  ${kb(initial.reduce((sum, chunk) => sum + chunk.bytes, 0))} minified, ${kb(initialGzip)} gzip (target < 40 KB gzip, libsodium excluded)`,
);

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
