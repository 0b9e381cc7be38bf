// `npx tsx scripts/explain-detection.ts <fixture name>`: the detector's view of a fixture page,
// field by field (label found, text scored, role scores, visibility), form by form, and the
// resulting report.
import { chromium } from 'playwright-core';
import { detectTicketForm } from '../src/shared/detection/detect-ticket-form.ts';
import { scoreRoles } from '../src/shared/detection/field-roles.ts';
import { classifyForm } from '../src/shared/detection/form-kind.ts';
import type { PageFacts } from '../src/shared/detection/page-facts.ts';
import { fieldText } from '../src/shared/detection/text.ts';
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
const page = await browser.newPage({
  viewport: { width: 1280, height: Number(process.env['VIEWPORT_HEIGHT'] ?? 900) },
});
await page.goto(server.url(fixture.page));
await waitForFixture(page, fixture);
await page.addScriptTag({ content: code });
const facts = await page.evaluate<PageFacts>('window.__readPage()');
console.log('Forms:');
facts.scopes.forEach((scope, index) => {
  const fieldWords = facts.fields
    .filter((field) => field.scope === index)
    .map((field) => fieldText(field).primary)
    .join(' · ');
  const evidence = {
    scope,
    page: facts.page,
    fieldWords,
    hasLinkField: true,
    hasMessageField: true,
  };
  console.log(`  ${index}: ${JSON.stringify(scope).slice(0, 300)}`);
  console.log(
    `     as if it had link and message fields: ${JSON.stringify(classifyForm(evidence))}`,
  );
});
console.log('Fields:');
for (const field of facts.fields) {
  const text = fieldText(field);
  const { token, kind, type, safe, area, scope } = field;
  console.log(
    `  ${JSON.stringify({ token, kind, type, scope, safe, area, ...text, scores: scoreRoles(field, text) })}`,
  );
}
console.log('Report:', JSON.stringify(detectTicketForm(facts), null, 2));
console.log(
  'Expected:',
  JSON.stringify({ ...fixture.expect, sources: undefined, notes: undefined }),
);
await browser.close();
await server.close();
