import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ticketLanguage } from '../../src/shared/ticket-wording.ts';
import { loadFixtures, type Fixture } from '../support/fixture-expectations.ts';
import { fixtureState, readField, snapshotTraps, waitForFixture } from '../support/fixture-page.ts';
import { useE2eEnvironment } from '../support/e2e-environment.ts';
import { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// Every fixture page, the real way: the toolbar popup inspects the page, creates the link on the
// stand-in and fills the page. The page's own state must hold link and passphrase; traps and
// pages that are not support forms stay exactly as they were.

const environment = useE2eEnvironment();

/** The words before the first value in what OnceLink adds to a message, from _locales. */
function ticketLead(language: string, block: boolean): string {
  const messages = JSON.parse(
    readFileSync(`public/_locales/${ticketLanguage(language)}/messages.json`, 'utf8'),
  ) as Record<string, { message: string }>;
  const key = block ? 'messageBlock' : 'messagePassphraseLine';
  // Compared as the test reads the message: with its spaces collapsed.
  return ((messages[key]?.message ?? '').split('$')[0] ?? '').replace(/\s+/g, ' ');
}
const secret = 'wp-admin: support-temp / Vq7#mP2!xL9';

async function run(fixture: Fixture) {
  const env = environment();
  const page = await env.browser.openPage(env.pages.url(fixture.page));
  await waitForFixture(page, fixture);
  const traps = await snapshotTraps(page, fixture);
  const popup = new PopupDriver(await env.browser.openPopup(page));
  const verdict = await popup.pageVerdict();
  const button = await popup.mainButtonText();
  const passphrase = await popup.waitForPassphrase();
  await popup.pasteSecret(secret);
  await popup.create();
  const result = await popup.result();
  const outcome = (await popup.page.locator('#fill-outcome').count())
    ? await popup.page.locator('#fill-outcome').textContent()
    : null;
  return { env, page, traps, verdict, button, passphrase, result, outcome };
}

describe.each(loadFixtures().map((fixture) => [fixture.name, fixture] as const))(
  '%s',
  (_name, fixture) => {
    const { expect: expected } = fixture;

    it(
      `${expected.fill === 'none' ? 'fills nothing' : `fills ${expected.fill}`} and leaves every trap alone`,
      { timeout: 60_000 },
      async () => {
        const { env, page, traps, verdict, button, passphrase, result, outcome } =
          await run(fixture);

        if (expected.kind === 'public') expect(verdict).toContain('visible to everyone');
        if (expected.kind === 'none') expect(verdict).toContain('No support form found');

        if (expected.fill === 'none') {
          expect(button).toBe('Create link');
          expect(outcome).toBeNull();
        } else {
          expect(button).toBe('Create link & fill');
          expect(outcome).toMatch(/^Filled in on the page: /);
          const { link } = result;
          if (expected.fill === 'fields' || expected.fill === 'link-field-passphrase-in-message') {
            expect(verdict).toContain(`Link → “${expected.labels?.link ?? ''}`);
            expect(await readField(page, expected.link ?? '')).toBe(link);
          }
          if (expected.fill === 'fields')
            expect(await readField(page, expected.passphrase ?? '')).toBe(passphrase);
          if (expected.fill !== 'fields') {
            const message =
              (await readField(page, expected.message ?? ''))?.replace(/\s+/g, ' ') ?? '';
            expect(message).toContain(passphrase);
            if (expected.fill === 'message-block') expect(message).toContain(link);
            // Written for support in the page's language where OnceLink has it, else English.
            expect(message).toContain(
              ticketLead(expected.language, expected.fill === 'message-block'),
            );
          }
          if (expected.state) {
            const state = await fixtureState(page);
            if (expected.state.link) expect(state[expected.state.link]).toContain(link);
            if (expected.state.passphrase)
              expect(state[expected.state.passphrase]).toContain(passphrase);
            if (expected.state.message && expected.fill !== 'fields') {
              expect(state[expected.state.message]).toContain(passphrase);
            }
          }
          // What landed in the page is a working link to exactly the secret.
          expect(await reveal(link, passphrase)).toEqual({ ok: true, value: secret });
        }
        expect(await snapshotTraps(page, fixture)).toEqual(traps);
        await page.close();
        expect(env.standIn.requests.every((request) => !request.query.includes('secret'))).toBe(
          true,
        );
      },
    );
  },
);
