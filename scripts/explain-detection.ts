// `npx tsx scripts/explain-detection.ts <fixture name>`: the detector's view of a fixture page,
// field by field (label found, text scored, role scores, visibility) and the resulting report.
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { findChromium } from '../tests/support/find-browser.ts';
import { loadFixtures } from '../tests/support/fixture-expectations.ts';
import { waitForFixture } from '../tests/support/fixture-page.ts';
import { startPageServer } from '../tests/support/page-server.ts';

const name = process.argv[2] ?? '';
const fixture = loadFixtures().find((candidate) => candidate.name === name);
if (!fixture) throw new Error(`no fixture ${name}`);
const output = (await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    write: false,
    minify: false,
    lib: {
      entry: 'scripts/explain/entry.ts',
      formats: ['iife'],
      name: 'explain',
      fileName: 'explain',
    },
  },
})) as Rolldown.RolldownOutput[];
const code = output[0]?.output.find((item) => item.type === 'chunk')?.code ?? '';
const server = await startPageServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url(fixture.page));
await waitForFixture(page, fixture);
await page.addScriptTag({ content: code });
const result = await page.evaluate<{
  scopes: string[];
  fields: Record<string, unknown>[];
  report: unknown;
}>('window.__explainDetection()');
console.log('Scopes:');
for (const scope of result.scopes) console.log(`  ${scope.slice(0, 300)}`);
console.log('Fields:');
for (const field of result.fields) console.log(`  ${JSON.stringify(field)}`);
console.log('Report:', JSON.stringify(result.report, null, 2));
console.log(
  'Expected:',
  JSON.stringify({ ...fixture.expect, sources: undefined, notes: undefined }),
);
await browser.close();
await server.close();
