import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { suggestLifetime } from '../../src/shared/lifetime/suggest-lifetime.ts';
import { defaultWorkWeek } from '../../src/shared/lifetime/work-week.ts';
import { useE2eEnvironment } from '../support/e2e-environment.ts';
import { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// "Share as one-time secret" on a page's field: the built extension's real context-menu
// listener, reached through the browser's onClicked event (no tool clicks a native menu).

const environment = useE2eEnvironment();
const password = 'Tr0ub4dor&3 ü 🔑';
let visits = 0;

/** A fixture page, with the spy page script when asked for (tests/fixtures/pages/menu/spy.js). */
async function openFixture(name: string, options: { spy?: boolean } = {}): Promise<Page> {
  const { browser, pages } = environment();
  const page = await browser.context.newPage();
  if (options.spy) await page.addInitScript({ path: 'tests/fixtures/pages/menu/spy.js' });
  // Each visit has its own address: the harness finds the tab by it.
  await page.goto(`${pages.url(name)}?visit=${String((visits += 1))}`);
  return page;
}

/** The user types a password into a field and right-clicks it. */
async function typeAndRightClick(page: Page, selector: string, value = password): Promise<void> {
  const field = page.locator(selector);
  await field.fill(value);
  await field.click({ button: 'right' });
}

async function shareFromMenu(page: Page, frameUrl?: string): Promise<PopupDriver> {
  return new PopupDriver(await environment().browser.clickShareMenu(page, frameUrl));
}

/** The secrets the stand-in was asked to store, as sent. */
function sentSecrets(): string[] {
  return environment()
    .standIn.requests.filter((request) => request.path === '/api/v1/share')
    .map((request) => new URLSearchParams(request.body).get('secret') ?? '');
}

describe('right-click "Share as one-time secret" on a password field', () => {
  it('moves the password of a WPForms support form into a link in its own fields', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await typeAndRightClick(page, '#wpforms-1357-field_9');

    const popup = await shareFromMenu(page);
    const { link, passphrase } = await popup.result();

    expect(sentSecrets()).toEqual([password]);
    expect(await page.inputValue('#wpforms-1357-field_9')).toBe('');
    expect(await page.inputValue('#wpforms-1357-field_10')).toBe(link);
    expect(await page.inputValue('#wpforms-1357-field_11')).toBe(passphrase);
    expect(await page.inputValue('#wpforms-1357-field_5')).toBe('');
    expect(await popup.page.locator('#fill-outcome').textContent()).toContain(
      'The password left “WordPress Admin Password”: the field is empty now.',
    );
    const sent = new URLSearchParams(environment().standIn.requests.at(-1)?.body);
    expect(sent.get('ttl')).toBe(String(suggestLifetime(Date.now(), defaultWorkWeek).ttlSeconds));
    expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: password });
  });

  it('puts link and passphrase into the message of a form without fields for them (WHMCS)', async () => {
    const page = await openFixture('holdout-whmcs-open-ticket.html');
    await page.fill('#inputMessage', 'Our contact form stopped sending mail.');
    await typeAndRightClick(page, '#customfield9');

    const { link, passphrase, expiry } = await (await shareFromMenu(page)).result();

    expect(sentSecrets()).toEqual([password]);
    expect(await page.inputValue('#customfield9')).toBe('');
    const message = await page.inputValue('#inputMessage');
    expect(message).toMatch(/^Our contact form stopped sending mail\.\n\n/);
    expect(message).toContain(link);
    expect(message).toContain(passphrase ?? 'no passphrase');
    // The popup adds how far away that is: "(in 3 days)".
    expect(message).toContain(expiry.replace(/ \(.+\)$/, ''));
    expect(message).not.toContain(password);
  });

  it('offers the link to copy where the page has no place for it', async () => {
    const page = await openFixture('neg2-smtp-settings.html');
    const field = page.locator('input[type=password]').first();
    await field.fill(password);
    await field.click({ button: 'right' });

    const popup = await shareFromMenu(page);
    const { link, passphrase } = await popup.result();

    expect(await field.inputValue()).toBe('');
    expect(await popup.page.locator('#fill-outcome').textContent()).toContain(
      'This form has no field for the link: copy it and the passphrase below.',
    );
    await popup.page.getByRole('button', { name: 'Copy link' }).click();
    await popup.page.getByRole('button', { name: 'Copy link' }).getByText('Copied').waitFor();
    expect(await environment().browser.pasteClipboard()).toBe(link);
    expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: password });
  });

  it('takes a password from a form in a same-origin iframe and fills that form', async () => {
    const page = await openFixture('menu/same-origin-frame.html');
    const frame = page.frameLocator('#ticket-frame');
    await frame.locator('#cpanel-password').fill(password);
    await frame.locator('#cpanel-password').click({ button: 'right' });

    const { link, passphrase } = await (
      await shareFromMenu(page, environment().pages.url('menu/same-origin-frame-inner.html'))
    ).result();

    expect(sentSecrets()).toEqual([password]);
    expect(await frame.locator('#cpanel-password').inputValue()).toBe('');
    expect(await frame.locator('#secret-link').inputValue()).toBe(link);
    expect(await frame.locator('#secret-passphrase').inputValue()).toBe(passphrase);
  });

  it('reads a cross-origin frame only once the user allows it, and writes nothing into it', async () => {
    const { browser, pages } = environment();
    const page = await openFixture('menu/cross-origin-frame.html');
    const frameUrl = pages
      .url('menu/cross-origin-frame-inner.html')
      .replace('127.0.0.1', 'localhost');
    const frameOrigin = new URL(frameUrl).origin;
    const frame = page.frameLocator('#widget-frame');
    await frame.locator('#ssh-password').fill(password);
    await frame.locator('#ssh-password').click({ button: 'right' });

    const popup = await shareFromMenu(page, frameUrl);
    expect(await popup.errorText()).toBe(
      `The field is in a part of the page from ${frameOrigin}. OnceLink may read it only if you allow it, for this share.`,
    );
    expect(sentSecrets()).toEqual([]);
    expect(await frame.locator('#ssh-password').inputValue()).toBe(password);

    // The user's "Allow" in the browser's prompt (headless shows it where nothing can click it).
    await browser.allowHostAccess(frameOrigin);
    await popup.page.getByRole('button', { name: 'Allow once and share' }).click();
    const { link } = await popup.result();

    expect(sentSecrets()).toEqual([password]);
    expect(await frame.locator('#ssh-password').inputValue()).toBe('');
    for (const selector of ['#widget-link', '#widget-passphrase'])
      expect(await frame.locator(selector).inputValue()).toBe('');
    for (const selector of ['#site-message', '#site-link', '#site-passphrase'])
      expect(await page.inputValue(selector)).toBe('');
    expect(link).toMatch(/\/secret\/[a-z0-9]+$/);
    expect(
      await browser.worker.evaluate(
        (origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }),
        frameOrigin,
      ),
    ).toBe(false);
  });
});

describe('when sharing from the page cannot go ahead, nothing on it changes', () => {
  it('says the field is empty, and shares once the user has typed and tries again', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await typeAndRightClick(page, '#wpforms-1357-field_9', '');

    const popup = await shareFromMenu(page);
    expect(await popup.errorText()).toBe(
      'The password field is empty. Type the password first, then share it. Nothing was changed.',
    );
    expect(sentSecrets()).toEqual([]);
    expect(await page.inputValue('#wpforms-1357-field_10')).toBe('');

    await page.fill('#wpforms-1357-field_9', password);
    await page.focus('#wpforms-1357-field_9');
    // The focus is on what to do next: Enter alone tries again.
    expect(await popup.page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
    await popup.page.keyboard.press('Enter');
    const { link } = await popup.result();
    expect(await page.inputValue('#wpforms-1357-field_10')).toBe(link);
    expect(sentSecrets()).toEqual([password]);
  });

  it('keeps the password in its field when the backend fails', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await typeAndRightClick(page, '#wpforms-1357-field_9');
    environment().standIn.setFault('server-error');

    const popup = await shareFromMenu(page);
    expect(await popup.errorText()).toMatch(/server/i);
    expect(await page.inputValue('#wpforms-1357-field_9')).toBe(password);
    for (const selector of [
      '#wpforms-1357-field_5',
      '#wpforms-1357-field_10',
      '#wpforms-1357-field_11',
    ])
      expect(await page.inputValue(selector)).toBe('');
  });

  it('asks for a password field or a selection on any other field', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await typeAndRightClick(page, '#wpforms-1357-field_8', 'admin');

    const popup = await shareFromMenu(page);
    expect(await popup.errorText()).toBe(
      'Right-click a password field, or select the text to share in a field first. Nothing was changed.',
    );
    expect(await page.inputValue('#wpforms-1357-field_8')).toBe('admin');
    expect(sentSecrets()).toEqual([]);
  });

  it('refuses a hidden field the page focused when the user right-clicked', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html');
    await page.evaluate(() => {
      const lure = Object.assign(document.createElement('input'), {
        type: 'password',
        value: 'planted-by-the-page',
      });
      lure.style.cssText = 'position:absolute;left:-9999px';
      document.body.append(lure);
      document.addEventListener('contextmenu', () => setTimeout(() => lure.focus()));
    });
    await typeAndRightClick(page, '#wpforms-1357-field_9');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'password');

    const popup = await shareFromMenu(page);
    expect(await popup.errorText()).toContain('Nothing was changed.');
    expect(sentSecrets()).toEqual([]);
    expect(await page.inputValue('#wpforms-1357-field_9')).toBe(password);
  });
});

describe('selected text in a field', () => {
  it('shares only the selection and leaves the rest of the message', async () => {
    const page = await openFixture('demo-support-form.html');
    await page.fill('#message', 'Login: admin / hunter2-Correct-Horse, please check the SMTP.');
    await page.locator('#message').click({ button: 'right' });
    await page.evaluate(() => {
      const message = document.querySelector<HTMLTextAreaElement>('#message');
      message?.setSelectionRange(15, 36);
    });

    const popup = await shareFromMenu(page);
    const { link, passphrase } = await popup.result();

    expect(sentSecrets()).toEqual(['hunter2-Correct-Horse']);
    expect(await page.inputValue('#message')).toBe('Login: admin / , please check the SMTP.');
    expect(await page.inputValue('#ots-link')).toBe(link);
    expect(await page.inputValue('#ots-passphrase')).toBe(passphrase);
    expect(await popup.page.locator('#fill-outcome').textContent()).toContain(
      'The selected text left “Message”.',
    );
  });
});

describe('what a page script sees while the user shares', () => {
  it('never the password leaving, and the link only in the chosen fields', async () => {
    const page = await openFixture('wpforms-wp-mail-smtp.html', { spy: true });
    await typeAndRightClick(page, '#wpforms-1357-field_9');
    await page.evaluate(() =>
      (window as unknown as { __spy: { startSharing(): void } }).__spy.startSharing(),
    );

    const { link, passphrase } = await (await shareFromMenu(page)).result();
    await page.waitForTimeout(100);
    const seen = await page.evaluate(() =>
      (window as unknown as { __spy: { seen(): Record<string, string | null>[] } }).__spy.seen(),
    );

    const texts = (entry: Record<string, string | null>) =>
      [entry['data'], entry['detail'], entry['text'], entry['clipboard'], entry['value']].filter(
        (text): text is string => typeof text === 'string',
      );
    // The page saw the field emptied, without the password being repeated anywhere.
    const passwordSightings = seen.filter(
      (entry) =>
        texts(entry).some((text) => text.includes(password)) &&
        !(
          entry['target'] === 'wpforms-1357-field_9' &&
          entry['value'] === password &&
          !entry['data']
        ),
    );
    expect(passwordSightings).toEqual([]);
    expect(seen).toContainEqual(
      expect.objectContaining({ source: 'value', target: 'wpforms-1357-field_9', value: '' }),
    );
    const linkPlaces = new Set(
      seen
        .filter((entry) => texts(entry).some((text) => text.includes(link)))
        .map((entry) => entry['target']),
    );
    expect([...linkPlaces]).toEqual(['wpforms-1357-field_10']);
    const passphrasePlaces = new Set(
      seen
        .filter((entry) => texts(entry).some((text) => text.includes(passphrase ?? '-')))
        .map((entry) => entry['target']),
    );
    expect([...passphrasePlaces]).toEqual(['wpforms-1357-field_11']);
  });
});
