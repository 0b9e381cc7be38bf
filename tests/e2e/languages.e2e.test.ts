import { describe, expect, it } from 'vitest';
import { openWithPopup, useE2eEnvironment } from '../support/e2e-environment.ts';

// A German browser on a French support page: the user reads German, support reads French.

const environment = useE2eEnvironment({ language: 'de' });

describe('languages', () => {
  it("speaks the browser's language and writes the ticket in the page's", async () => {
    const { page, popup } = await openWithPopup(environment(), 'lang-fr.html');
    expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await popup.page.getByRole('button', { name: 'Link erstellen & eintragen' }).waitFor();
    await popup.waitForPassphrase();
    await popup.page.getByLabel('Geheimnis', { exact: true }).fill('ftp: m0t-de-passe');
    await popup.page.getByRole('button', { name: 'Link erstellen & eintragen' }).click();
    await popup.page.getByRole('heading', { name: 'Link erstellt' }).waitFor();

    const message = await page.inputValue('#edit-message');
    expect(message).toContain('Identifiants, lien à usage unique\u00a0: ');
    expect(message).toMatch(/expire le \S+ \d+ \S+ \d{2}:\d{2} \S+$/);
  });
});
