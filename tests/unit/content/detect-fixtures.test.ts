import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleContentScript } from '../../../scripts/build/content-script.ts';
import { detectTicketForm } from '../../../src/shared/detection/detect-ticket-form.ts';
import type { PageFacts } from '../../../src/shared/detection/page-facts.ts';
import { fillMode, messageText, planFill } from '../../../src/shared/fill-plan.ts';
import { contentApiKey, type FillOutcome, type FillPlan } from '../../../src/shared/ticket-form.ts';
import { findChromium } from '../../support/find-browser.ts';
import { loadFixtures, type Fixture } from '../../support/fixture-expectations.ts';
import {
  fixtureState,
  readField,
  snapshotTraps,
  waitForFixture,
} from '../../support/fixture-page.ts';
import { startPageServer, type PageServer } from '../../support/page-server.ts';

// The detector and filler alone on every fixture page (no extension): the built content bundle
// reads the page and fills it in Chromium, where layout, visibility and real editors exist;
// src/shared/detection decides in between, as the background does.

const link = 'https://onetimesecret.com/secret/abcdefghijklmnop0123456789';
const passphrase = 'tulip-ladder-42-Quartz';
const wording = {
  block: (l: string, p: string, e: string) =>
    `Login details, one-time link: ${l} · passphrase: ${p} · expires ${e}`,
  passphraseLine: (p: string) => `Passphrase for the one-time secret link: ${p}`,
  linkLine: (l: string, e: string) => `Login details, one-time link: ${l} · expires ${e}`,
};

let browser: Browser;
let server: PageServer;
let bundle: string;

beforeAll(async () => {
  [bundle, server, browser] = await Promise.all([
    bundleContentScript(),
    startPageServer(),
    chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] }),
  ]);
}, 60_000);
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function open(fixture: Fixture): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url(fixture.page));
  await waitForFixture(page, fixture);
  await page.addScriptTag({ content: bundle });
  return page;
}

// What the extension does: the page is read by the injected code, the decision taken outside it.
const inspect = async (page: Page) =>
  detectTicketForm(await page.evaluate<PageFacts>(`window.${contentApiKey}.read()`));
const fill = (page: Page, plan: FillPlan, text: string) =>
  page.evaluate<FillOutcome>(
    `window.${contentApiKey}.fill(${JSON.stringify(plan)}, ${JSON.stringify({ link, passphrase, messageText: text })})`,
  );

describe.each(loadFixtures().map((fixture) => [fixture.name, fixture] as const))(
  '%s',
  (_name, fixture) => {
    const { expect: expected } = fixture;

    it(
      `is ${expected.kind}, filled as "${expected.fill}", traps untouched`,
      { timeout: 30_000 },
      async () => {
        const page = await open(fixture);
        try {
          const traps = await snapshotTraps(page, fixture);
          const report = await inspect(page);
          expect(report.kind).toBe(expected.kind);
          const plan = planFill(report);
          expect(fillMode(plan)).toBe(expected.fill);

          for (const role of ['link', 'passphrase', 'message'] as const) {
            const label = expected.labels?.[role];
            const found = report.fields[role];
            if (label && found) expect(found.label).toBe(label);
          }

          if (plan) {
            const text = messageText(
              plan,
              { link, passphrase, expiry: 'Tue 24 Nov, 17:05' },
              wording,
            );
            expect(await fill(page, plan, text)).toMatchObject({ ok: true });
            if (plan.link.to === 'field' && expected.link)
              expect(await readField(page, expected.link)).toBe(link);
            if (plan.passphrase.to === 'field' && expected.passphrase)
              expect(await readField(page, expected.passphrase)).toBe(passphrase);
            if (text && expected.message)
              expect((await readField(page, expected.message))?.replace(/\s+/g, ' ')).toContain(
                text,
              );
            if (expected.state) {
              const state = await fixtureState(page);
              if (expected.state.link) expect(state[expected.state.link]).toContain(link);
              if (expected.state.passphrase)
                expect(state[expected.state.passphrase]).toContain(passphrase);
              if (expected.state.message && text)
                expect(state[expected.state.message]?.replace(/\s+/g, ' ')).toContain(text);
            }
          }
          expect(await snapshotTraps(page, fixture)).toEqual(traps);
        } finally {
          await page.close();
        }
      },
    );
  },
);
