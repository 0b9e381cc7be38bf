import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleContentScript, contentBundles } from '../../../scripts/build/content-script.ts';
import { detectTicketForm } from '../../../src/shared/detection/detect-ticket-form.ts';
import type { PageFacts } from '../../../src/shared/detection/page-facts.ts';
import { planFill } from '../../../src/shared/fill-plan.ts';
import {
  contentApiKey,
  type FillOutcome,
  type FillPlan,
  type TakenSecret,
} from '../../../src/shared/ticket-form.ts';
import { findChromium } from '../../support/find-browser.ts';

// "Share as one-time secret" inside the page: the built bundles (reader, then the take
// addition) find the right-clicked field, and the fill empties it before writing the link.

let browser: Browser;
let bundles: string[];

beforeAll(async () => {
  [bundles, browser] = await Promise.all([
    Promise.all(contentBundles.map(({ entry }) => bundleContentScript({ entry }))),
    chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] }),
  ]);
}, 60_000);
afterAll(() => browser.close());

const ticket = (id: string) => `
  <form id="${id}">
    <label for="${id}-message">Message</label><textarea id="${id}-message"></textarea>
    <label for="${id}-password">Admin password</label><input id="${id}-password" type="password">
    <label for="${id}-link">One-Time Secret Link</label><input id="${id}-link" type="url">
    <label for="${id}-passphrase">Passphrase</label><input id="${id}-passphrase">
  </form>`;

async function open(html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><title>Support</title><h1>Open a ticket</h1>${html}`);
  for (const content of bundles) await page.addScriptTag({ content });
  return page;
}

/** From now on, what the page's own input listener sees: a secret would show in `data`. */
async function watchInputEvents(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    document.addEventListener('input', (event) => seen.push(String(event.data)));
    Object.assign(window, { seen });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

const api = `window.${contentApiKey}`;
const read = (page: Page) => page.evaluate<PageFacts>(`${api}.read()`);
const take = (page: Page) => page.evaluate<TakenSecret>(`${api}.take({ frameUrl: document.URL })`);
const fill = (page: Page, plan: FillPlan) =>
  page.evaluate<FillOutcome>(
    `${api}.fill(${JSON.stringify(plan)}, ${JSON.stringify({ link: 'https://ots.example/secret/abcdefgh12', passphrase: 'pp-1', messageText: '' })})`,
  );

/** The user types into a field and right-clicks it (which focuses it). */
async function rightClick(page: Page, selector: string, value?: string): Promise<void> {
  if (value !== undefined) await page.fill(selector, value);
  await page.click(selector, { button: 'right' });
}

/** What the background does with a found field: the clicked field's form, without that field. */
function planAround(facts: PageFacts, token: string): FillPlan {
  const plan = planFill(detectTicketForm(facts, { formOf: token, without: token }));
  if (!plan) throw new Error('no support form around the field');
  return { ...plan, takenFrom: token };
}

describe('finding the right-clicked field', () => {
  it('takes the whole value of the focused password field', async () => {
    const page = await open(ticket('a'));
    await rightClick(page, '#a-password', ' pass with spaces ');
    await read(page);
    expect(await take(page)).toMatchObject({
      status: 'found',
      kind: 'password',
      value: ' pass with spaces ',
    });
  });

  it('takes only the selected text of another field', async () => {
    const page = await open(ticket('a'));
    await rightClick(page, '#a-message', 'user admin, password hunter2, thanks');
    await page.evaluate(() =>
      document.querySelector<HTMLTextAreaElement>('#a-message')?.setSelectionRange(21, 28),
    );
    await read(page);
    expect(await take(page)).toMatchObject({
      status: 'found',
      kind: 'selection',
      value: 'hunter2',
    });
  });

  it('treats a password shown as text ("show password") as a password', async () => {
    const page = await open(
      '<label for="p">Password</label><input id="p" type="text" autocomplete="current-password">',
    );
    await rightClick(page, '#p', 'visible-now');
    await read(page);
    expect(await take(page)).toMatchObject({ kind: 'password', value: 'visible-now' });
  });

  it('finds a field inside an open shadow root', async () => {
    const page = await open('<div id="host"></div>');
    await page.evaluate(() => {
      const root = document.querySelector('#host')?.attachShadow({ mode: 'open' });
      if (root) root.innerHTML = '<label>Password <input id="inner" type="password"></label>';
    });
    await page.locator('#host >> #inner').fill('shadowed');
    await page.locator('#host >> #inner').click({ button: 'right' });
    await read(page);
    expect(await take(page)).toMatchObject({ status: 'found', value: 'shadowed' });
  });

  it.each([
    ['an empty password field', '', '#a-password', 'empty'],
    ['a text field without a selection', 'admin', '#a-message', 'no-field'],
  ])('refuses %s', async (_case, value, selector, status) => {
    const page = await open(ticket('a'));
    await rightClick(page, selector, value);
    await read(page);
    expect(await take(page)).toEqual({ status });
  });

  it('refuses a read-only password field, which could not be emptied', async () => {
    const page = await open(
      '<label for="p">Password</label><input id="p" type="password" value="x1" readonly>',
    );
    await rightClick(page, '#p');
    await read(page);
    expect(await take(page)).toEqual({ status: 'read-only' });
  });

  it('refuses a focused field that is hidden from the user', async () => {
    const page = await open(
      '<input id="p" type="password" value="planted" style="position:absolute;left:-9999px">',
    );
    await page.focus('#p');
    await read(page);
    expect(await take(page)).toEqual({ status: 'no-field' });
  });

  it('refuses a field in another document than the browser reported', async () => {
    const page = await open(ticket('a'));
    await rightClick(page, '#a-password', 'secret-1');
    await read(page);
    expect(
      await page.evaluate<TakenSecret>(`${api}.take({ frameUrl: 'https://elsewhere.example/' })`),
    ).toEqual({ status: 'no-field' });
  });
});

describe('moving it out of the page', () => {
  it('empties the field as deleting would, then fills the same form only', async () => {
    const page = await open(ticket('first') + ticket('second'));
    await rightClick(page, '#second-password', 'hunter2');
    const facts = await read(page);
    const taken = await take(page);
    if (taken.status !== 'found') throw new Error(taken.status);
    const inputEvents = await watchInputEvents(page);

    expect(await fill(page, planAround(facts, taken.token))).toMatchObject({ ok: true });
    expect(await page.inputValue('#second-password')).toBe('');
    expect(await page.inputValue('#second-link')).toBe('https://ots.example/secret/abcdefgh12');
    expect(await page.inputValue('#second-passphrase')).toBe('pp-1');
    expect(await page.inputValue('#first-link')).toBe('');
    // The page's input listener saw the deletion without the password in it.
    expect(await inputEvents()).toEqual(['null', 'https://ots.example/secret/abcdefgh12', 'pp-1']);
  });

  it('removes only the selected text and keeps the rest', async () => {
    const page = await open(ticket('a'));
    await rightClick(page, '#a-message', 'user admin, password hunter2, thanks');
    await page.evaluate(() =>
      document.querySelector<HTMLTextAreaElement>('#a-message')?.setSelectionRange(21, 28),
    );
    const facts = await read(page);
    const taken = await take(page);
    if (taken.status !== 'found') throw new Error(taken.status);

    await fill(page, planAround(facts, taken.token));
    expect(await page.inputValue('#a-message')).toBe('user admin, password , thanks');
  });

  it('changes nothing when the user edited the field after it was read', async () => {
    const page = await open(ticket('a'));
    await rightClick(page, '#a-password', 'hunter2');
    const facts = await read(page);
    const taken = await take(page);
    if (taken.status !== 'found') throw new Error(taken.status);
    await page.fill('#a-password', 'hunter3');

    expect(await fill(page, planAround(facts, taken.token))).toEqual({
      ok: false,
      reason: 'page-changed',
    });
    expect(await page.inputValue('#a-password')).toBe('hunter3');
    expect(await page.inputValue('#a-link')).toBe('');
  });
});
