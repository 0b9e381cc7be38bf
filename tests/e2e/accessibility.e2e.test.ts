import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeResults, describeViolations } from '../support/axe-check.ts';
import { luminance } from '../support/colour.ts';
import { openPopupOn, useE2eEnvironment } from '../support/e2e-environment.ts';
import { OptionsDriver } from '../support/options-driver.ts';
import type { PopupDriver } from '../support/popup-driver.ts';
import { fieldShortfalls, focusRing, pageColours, tabTo } from '../support/visible-contrast.ts';

// The popup and the options page as the browser shows them in the system's light and dark
// colour scheme: the page follows the scheme, axe-core finds nothing (contrast, names,
// labels, structure), and what axe does not measure is checked too: the keyboard focus can
// be seen, and fields stand out from the page.

const environment = useE2eEnvironment();

/**
 * Every axe-core rule that applies passes, and no text's contrast was left undecided (axe
 * cannot always tell the background); a failure lists rule, element and fix.
 */
async function expectNoViolations(page: Page): Promise<void> {
  const { violations, incomplete } = await axeResults(page);
  const undecided = incomplete.filter((rule) => rule.id === 'color-contrast');
  expect(describeViolations([...violations, ...undecided])).toBe('');
}

async function expectReadableFields(page: Page): Promise<void> {
  expect(await fieldShortfalls(page)).toEqual([]);
}

/** A colour as a user would call it. */
function tone(css: string): 'dark' | 'light' | 'grey' {
  const value = luminance(css);
  return value < 0.05 ? 'dark' : value > 0.6 ? 'light' : 'grey';
}

/** A dark page with light text in the dark scheme, and the other way round in the light one. */
async function expectFollowsScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const { background, text } = await pageColours(page);
  expect({ page: tone(background), text: tone(text) }).toEqual(
    scheme === 'dark' ? { page: 'dark', text: 'light' } : { page: 'light', text: 'dark' },
  );
}

/** A focus ring is there and stands out from what surrounds it by 3:1 (WCAG 1.4.11). */
async function expectVisibleFocus(page: Page, drawnOn?: string): Promise<void> {
  const { name, ring, contrast } = await focusRing(page, drawnOn);
  expect(ring, `nothing shows the focus on "${name}"`).not.toBe('');
  expect(contrast, `the focus ring on "${name}" does not stand out`).toBeGreaterThanOrEqual(3);
}

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (scheme) => {
  /** The popup on its own tab (one address per test), shown in this colour scheme. */
  async function popupOn(fixture: string, test: string): Promise<PopupDriver> {
    const popup = await openPopupOn(environment(), `${fixture}?a11y=${scheme}-${test}`);
    await popup.page.emulateMedia({ colorScheme: scheme });
    return popup;
  }

  async function popupOnSupportPage(test: string): Promise<PopupDriver> {
    const popup = await popupOn('demo-support-form.html', test);
    expect(await popup.pageVerdict()).toContain('Support form');
    await popup.waitForPassphrase();
    return popup;
  }

  async function openOptions(): Promise<OptionsDriver> {
    const page = await environment().browser.openExtensionPage('src/options/index.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('#backend-in-use').waitFor();
    return new OptionsDriver(page);
  }

  it('the popup on a support page follows the scheme and passes axe, fields chosen by hand too', async () => {
    const popup = await popupOnSupportPage('form');
    await expectFollowsScheme(popup.page, scheme);
    await expectNoViolations(popup.page);
    await expectReadableFields(popup.page);

    await popup.page.getByRole('button', { name: 'Change' }).click();
    await popup.page.getByLabel('Link goes into').waitFor();
    await expectNoViolations(popup.page);
    await expectReadableFields(popup.page);
  });

  it('the popup shows the keyboard focus on a button and on the chosen lifetime', async () => {
    const popup = await popupOnSupportPage('focus');
    await tabTo(popup.page, 'button');
    await expectVisibleFocus(popup.page);
    // The radio itself is invisible: its segment, filled with the accent colour, shows the focus.
    await tabTo(popup.page, 'input[name=lifetime]');
    await expectVisibleFocus(popup.page, 'input[name=lifetime]:focus + span');
  });

  it("the popup's result, link and passphrase shown, passes axe", async () => {
    const popup = await popupOnSupportPage('result');
    await popup.secretField.fill('smtp: s3cret');
    await popup.create();
    await popup.result();
    await expectNoViolations(popup.page);
  });

  it("the popup's error passes axe", async () => {
    const popup = await popupOnSupportPage('error');
    await popup.secretField.fill('smtp: s3cret');
    environment().standIn.setFault('server-error');
    await popup.create();
    await popup.errorText();
    await expectNoViolations(popup.page);
  });

  it("the popup's shared secrets and temporary account pass axe", async () => {
    const popup = await popupOnSupportPage('history');
    await popup.secretField.fill('smtp: s3cret');
    await popup.create();
    await popup.result();
    await popup.page.getByRole('button', { name: 'Shared secrets' }).click();
    await popup.page.getByRole('button', { name: 'Burn now' }).waitFor();
    await expectNoViolations(popup.page);

    await popup.page.getByRole('button', { name: 'Back' }).click();
    await popup.page.getByRole('button', { name: 'Temporary account' }).click();
    await popup.page.getByRole('button', { name: 'Show password' }).waitFor();
    await expectNoViolations(popup.page);
    await expectReadableFields(popup.page);
  });

  it('the popup opened by "Share as one-time secret", telling what is wrong, passes axe', async () => {
    const { browser, pages } = environment();
    const page = await browser.openPage(pages.url(`wpforms-wp-mail-smtp.html?a11y=${scheme}`));
    await page.locator('#wpforms-1357-field_9').click({ button: 'right' });
    const popup = await browser.clickShareMenu(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('button', { name: 'Try again' }).waitFor();
    await expectFollowsScheme(popup, scheme);
    await expectNoViolations(popup);
    await expectVisibleFocus(popup);
  });

  it('the popup on a page without a support form passes axe', async () => {
    const popup = await popupOn('neg-login.html', 'none');
    expect(await popup.pageVerdict()).toContain('No support form');
    await popup.waitForPassphrase();
    await expectNoViolations(popup.page);
  });

  it("the popup's warning on a public page passes axe", async () => {
    const popup = await popupOn('neg-public-forum.html', 'public');
    expect(await popup.pageVerdict()).toContain('public forum');
    await popup.waitForPassphrase();
    await expectNoViolations(popup.page);
  });

  it('the options page follows the scheme and passes axe, with findings and a day off', async () => {
    const options = await openOptions();
    expect(await options.testConnection()).not.toEqual([]);
    await options.page.getByLabel('Date').fill('2031-01-02');
    await options.page.getByRole('button', { name: 'Add day off' }).click();
    await options.page.getByRole('button', { name: /^Remove / }).waitFor();
    await expectFollowsScheme(options.page, scheme);
    await expectNoViolations(options.page);
    await expectReadableFields(options.page);
    await options.page.close();
  });

  it("the options page's look-alike warning passes axe", async () => {
    const options = await openOptions();
    await options.chooseSelfHosted('https://оnetimesecret.com'); // Cyrillic о
    await options.page.getByRole('alert').waitFor();
    await expectNoViolations(options.page);
    await options.page.close();
  });

  it('the options page shows the keyboard focus on a button', async () => {
    const options = await openOptions();
    await tabTo(options.page, 'button');
    await expectVisibleFocus(options.page);
    await options.page.close();
  });
});
