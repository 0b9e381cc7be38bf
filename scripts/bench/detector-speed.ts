import { chromium, type Page } from 'playwright-core';
import { detectTicketForm } from '../../src/shared/detection/detect-ticket-form.ts';
import type { PageFacts } from '../../src/shared/detection/page-facts.ts';
import { contentApiKey, type FormReport } from '../../src/shared/ticket-form.ts';
import { findChromium } from '../../tests/support/find-browser.ts';
import { loadFixtures } from '../../tests/support/fixture-expectations.ts';
import { waitForFixture } from '../../tests/support/fixture-page.ts';
import { startPageServer } from '../../tests/support/page-server.ts';
import { largePage, manySmallForms } from './large-page.ts';
import { median } from './stats.ts';

export interface DetectorTiming {
  name: string;
  /** Reading the page in the page (the injected code), median ms. */
  readMs: number;
  /** Deciding in the extension (src/shared/detection), median ms. */
  decideMs: number;
  report: FormReport;
}

/** Times the injected reader in Chromium and the decision in Node, `runs` times each. */
export async function timeDetector(bundle: string, runs: number): Promise<DetectorTiming[]> {
  const server = await startPageServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  const timings: DetectorTiming[] = [];
  const measure = async (name: string, load: (page: Page) => Promise<void>) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await load(page);
    await page.addScriptTag({ content: bundle });
    const reads = await page.evaluate(
      ([key, count]) => {
        const api = (globalThis as unknown as Record<string, { read(): unknown }>)[key];
        const samples: { ms: number; facts: unknown }[] = [];
        for (let run = 0; run < count; run++) {
          const start = performance.now();
          const facts = api?.read();
          samples.push({ ms: performance.now() - start, facts });
        }
        return samples;
      },
      [contentApiKey, runs] as const,
    );
    const facts = reads[0]?.facts as PageFacts;
    const decisions: number[] = [];
    let report = detectTicketForm(facts);
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      report = detectTicketForm(facts);
      decisions.push(performance.now() - start);
    }
    timings.push({
      name,
      readMs: median(reads.map((sample) => sample.ms)),
      decideMs: median(decisions),
      report,
    });
    await page.close();
  };
  for (const fixture of loadFixtures()) {
    await measure(fixture.name, async (page) => {
      await page.goto(server.url(fixture.page));
      await waitForFixture(page, fixture);
    });
  }
  await measure('generated page, 5,000 inputs in one form', (page) =>
    page.setContent(largePage(5000)),
  );
  await measure('generated page, 5,000 inputs in 1,000 forms', (page) =>
    page.setContent(manySmallForms(5000)),
  );
  await browser.close();
  await server.close();
  return timings;
}
