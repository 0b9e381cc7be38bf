import { describe, expect, it } from 'vitest';
import { suggestLifetime } from '../../src/shared/lifetime/suggest-lifetime.ts';
import { defaultWorkWeek } from '../../src/shared/lifetime/work-week.ts';
import { openPopupOn, useE2eEnvironment } from '../support/e2e-environment.ts';
import type { PopupDriver } from '../support/popup-driver.ts';
import { reveal } from '../support/reveal.ts';

// The real toolbar popup of the built extension in Chromium, against the local stand-in.

const environment = useE2eEnvironment();
const openPopup = (): Promise<PopupDriver> => openPopupOn(environment(), 'demo-support-form.html');

const tricky = '  admin / Tr0ub4dor&3\r\nSMTP: ✉️ 👩🏽‍💻\r\nמשתמש: שלום\u202Eabc\n\ttrailing  ';

describe('creating a link in the popup', () => {
  it('turns a pasted secret into a link that reveals it byte for byte, once', async () => {
    const popup = await openPopup();
    const passphrase = await popup.waitForPassphrase();
    expect(passphrase).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);

    await popup.pasteSecret(tricky);
    await popup.create();
    const result = await popup.result();

    expect(result.link).toMatch(
      new RegExp(`^${environment().standIn.origin}/secret/[a-z0-9]{62}$`),
    );
    expect(result.passphrase).toBe(passphrase);
    expect(await reveal(result.link, 'wrong-passphrase')).toMatchObject({ ok: false });
    expect(await reveal(result.link, passphrase)).toEqual({ ok: true, value: tricky });
    expect(await reveal(result.link, passphrase)).toEqual({ ok: false, message: 'Unknown secret' });
  });

  it('offers the suggested lifetime and sends the one the user picks', async () => {
    const popup = await openPopup();
    const suggested =
      { 86_400: '1 day', 259_200: '3 days', 604_800: '7 days' }[
        suggestLifetime(Date.now(), defaultWorkWeek).ttlSeconds as number
      ] ?? '1 hour';
    expect(await popup.page.getByRole('radio', { name: suggested }).isChecked()).toBe(true);

    await popup.waitForPassphrase();
    await popup.secretField.fill('hunter2');
    await popup.chooseLifetime('1 hour');
    const before = Date.now();
    await popup.create();
    const { expiry } = await popup.result();

    const sent = environment().standIn.requests.at(-1);
    expect(new URLSearchParams(sent?.body).get('ttl')).toBe('3600');
    const expiresAt = Number(
      new Date((await popup.page.locator('#result-expiry').getAttribute('datetime')) ?? ''),
    );
    expect(Math.abs(expiresAt - (before + 3600_000))).toBeLessThan(5000);
    expect(expiry).toMatch(/\d{2}:\d{2}/);
  });

  it('shares without a passphrase when the field is cleared, and says so', async () => {
    const popup = await openPopup();
    await popup.waitForPassphrase();
    await popup.passphraseField.fill('');
    await expect(
      popup.page.getByText('No passphrase: anyone who gets the link can open it.').isVisible(),
    ).resolves.toBe(true);
    await popup.secretField.fill('no passphrase here');
    await popup.create();
    const { link, passphrase } = await popup.result();
    expect(passphrase).toBeUndefined();
    expect(await reveal(link, '')).toEqual({ ok: true, value: 'no passphrase here' });
  });

  it('generates another passphrase on request', async () => {
    const popup = await openPopup();
    const first = await popup.waitForPassphrase();
    await popup.page.getByRole('button', { name: 'New passphrase' }).click();
    await popup.page.waitForFunction(
      (old) => document.querySelector<HTMLInputElement>('#passphrase')?.value !== old,
      first,
    );
    expect(await popup.passphraseField.inputValue()).toMatch(
      /^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/,
    );
  });

  it('masks values in the result and copies them without revealing', async () => {
    const popup = await openPopup();
    const passphrase = await popup.waitForPassphrase();
    await popup.secretField.fill('copy me');
    await popup.create();
    await popup.page.getByRole('heading', { name: 'Link created' }).waitFor();

    const shownLink = (await popup.page.locator('#result-link').textContent()) ?? '';
    expect(shownLink).toMatch(/\/secret\/•+$/);
    expect(await popup.page.locator('#result-passphrase').textContent()).not.toContain(passphrase);

    await popup.page.getByRole('button', { name: 'Copy passphrase' }).click();
    await popup.page.getByRole('button', { name: 'Copy passphrase' }).getByText('Copied').waitFor();
    expect(await popup.page.locator('#result-passphrase').textContent()).not.toContain(passphrase);
    // Pasting elsewhere moves the focus, which closes the popup as it would for a user.
    expect(await environment().browser.pasteClipboard()).toBe(passphrase);

    const reopened = await openPopup();
    await reopened.page.getByRole('button', { name: 'Copy link' }).click();
    await reopened.page.getByRole('button', { name: 'Copy link' }).getByText('Copied').waitFor();
    expect(await reopened.page.locator('#result-link').textContent()).toBe(shownLink);
    expect(await environment().browser.pasteClipboard()).toMatch(
      new RegExp(`^${environment().standIn.origin}/secret/[a-z0-9]{62}$`),
    );
  });

  it('finishes when the popup closes mid-request, and shows the result on reopening', async () => {
    environment().standIn.setFault('slow', { slowMs: 1500 });
    const popup = await openPopup();
    await popup.waitForPassphrase();
    await popup.secretField.fill('closed too early');
    await popup.create();
    await popup.page.getByText('Creating link…').first().waitFor();
    await popup.page.close();

    const reopened = await openPopup();
    const { link, passphrase } = await reopened.result();
    expect(await reveal(link, passphrase ?? '')).toEqual({ ok: true, value: 'closed too early' });
  });

  it('keeps nothing secret after the popup closes but the last link, passphrase and expiry', async () => {
    const popup = await openPopup();
    const passphrase = await popup.waitForPassphrase();
    await popup.secretField.fill('never-stored-anywhere');
    await popup.create();
    const { link } = await popup.result();
    await popup.page.close();

    const session = JSON.stringify(await environment().browser.storageArea('session'));
    const local = JSON.stringify(await environment().browser.storageArea('local'));
    const sync = JSON.stringify(await environment().browser.storageArea('sync'));
    for (const area of [session, local, sync]) expect(area).not.toContain('never-stored-anywhere');
    expect(session).toContain(link);
    expect(session).toContain(passphrase);
    expect(local).not.toContain(passphrase);
    expect(sync).toBe('{}');
  });
});
