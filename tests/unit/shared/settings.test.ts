import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { maskToken, readCredentials, saveCredentials } from '../../../src/shared/credentials.ts';
import { applyPolicy, checkPolicy, readPolicy } from '../../../src/shared/managed-policy.ts';
import {
  defaultSettings,
  readEffectiveSettings,
  readSettings,
  repairSettings,
  writeSettings,
} from '../../../src/shared/settings.ts';
import { fakeBrowser } from '../../support/fake-extension-api.ts';

describe('settings', () => {
  it('default to hosted One-Time Secret, a generated passphrase in the form, Monday to Friday 9 to 17', async () => {
    expect(await readSettings()).toEqual({
      version: 2,
      backendOrigin: 'https://onetimesecret.com',
      passphrase: { enabled: true, style: 'characters', length: 20 },
      passphraseTo: 'form',
      workWeek: { days: [1, 2, 3, 4, 5], start: 540, end: 1020, timeZone: '', holidays: [] },
      history: { keep: false, notifyWhenOpened: true },
    });
  });

  it('keep receipts for the session unless the user chose otherwise, and repair bad flags', () => {
    expect(repairSettings({ history: { keep: true, notifyWhenOpened: 'yes' } }).history).toEqual({
      keep: true,
      notifyWhenOpened: true,
    });
  });

  it('migrate the first version, which stored only the backend', async () => {
    await fakeBrowser.storage.local.set({
      settings: { backendOrigin: 'https://ots.example.com/' },
    });
    expect(await readSettings()).toEqual({
      ...defaultSettings,
      backendOrigin: 'https://ots.example.com',
    });
  });

  it('round-trip what the options page saves', async () => {
    const settings = {
      ...defaultSettings,
      backendOrigin: 'https://eu.onetimesecret.com',
      passphrase: { enabled: false, style: 'words' as const, length: 7 },
      passphraseTo: 'separately' as const,
      workWeek: {
        days: [0, 1, 2, 3, 4],
        start: 480,
        end: 960,
        timeZone: 'Asia/Jerusalem',
        holidays: ['2026-12-25'],
      },
    };
    await writeSettings(settings);
    expect(await readSettings()).toEqual(settings);
  });

  it.each([
    ['not an object', 'nonsense', defaultSettings],
    ['an array', [1, 2], defaultSettings],
    ['a plain-http backend', { version: 2, backendOrigin: 'http://evil.example' }, defaultSettings],
    ['a backend that is not a string', { version: 2, backendOrigin: 42 }, defaultSettings],
    [
      'a word count out of range',
      { version: 2, passphrase: { style: 'words', length: 40 } },
      { ...defaultSettings, passphrase: { enabled: true, style: 'words', length: 6 } },
    ],
    [
      'an unknown passphrase style',
      { version: 2, passphrase: { style: 'emoji', length: 20 } },
      defaultSettings,
    ],
    ['an unknown passphrase destination', { version: 2, passphraseTo: 'page' }, defaultSettings],
    [
      'an unknown time zone',
      { version: 2, workWeek: { timeZone: 'Mars/Olympus' } },
      defaultSettings,
    ],
    ['no working days', { version: 2, workWeek: { days: [] } }, defaultSettings],
    ['hours out of range', { version: 2, workWeek: { start: -5, end: 99999 } }, defaultSettings],
  ])('repair %s to defaults, field by field', (_name, stored, repaired) => {
    expect(repairSettings(stored)).toEqual(repaired);
  });

  it('keep valid fields when others are broken', () => {
    const repaired = repairSettings({
      version: 2,
      backendOrigin: 'https://ots.example.com',
      workWeek: { days: [9, 1, 1, 3], holidays: ['tomorrow', '2026-12-24'] },
    });
    expect(repaired.backendOrigin).toBe('https://ots.example.com');
    expect(repaired.workWeek.days).toEqual([1, 3]);
    expect(repaired.workWeek.holidays).toEqual(['2026-12-24']);
  });
});

describe("an administrator's policy", () => {
  it('reads only well-formed values', () => {
    expect(
      checkPolicy({
        backendOrigin: 'https://ots.corp.example/',
        allowedLifetimes: [86400, 7, 3600, 86400],
        passphraseRequired: true,
      }),
    ).toEqual({
      backendOrigin: 'https://ots.corp.example',
      allowedLifetimes: [3600, 86400],
      passphraseRequired: true,
    });
    expect(
      checkPolicy({
        backendOrigin: 'http://ots.corp.example',
        allowedLifetimes: [5],
        passphraseRequired: 'yes',
      }),
    ).toEqual({});
    expect(checkPolicy(undefined)).toEqual({});
  });

  it('overrides the backend and forces a passphrase', () => {
    const applied = applyPolicy(
      { ...defaultSettings, passphrase: { ...defaultSettings.passphrase, enabled: false } },
      { backendOrigin: 'https://ots.corp.example', passphraseRequired: true },
    );
    expect(applied.backendOrigin).toBe('https://ots.corp.example');
    expect(applied.passphrase.enabled).toBe(true);
  });

  it('comes from storage.managed, and is empty when the browser has none', async () => {
    fakeBrowser.storage.managed.get = () =>
      Promise.reject(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({});
    fakeBrowser.storage.managed.get = () =>
      Promise.resolve({ backendOrigin: 'https://ots.corp.example' });
    expect((await readEffectiveSettings()).settings.backendOrigin).toBe('https://ots.corp.example');
  });
});

describe('API credentials', () => {
  it('are kept per backend origin, in storage.local only', async () => {
    await saveCredentials('https://eu.onetimesecret.com', {
      username: 'ops@example.com',
      token: 'abcdef123456',
    });
    await saveCredentials('https://us.onetimesecret.com', {
      username: 'us@example.com',
      token: 'zzz',
    });
    expect(await readCredentials('https://eu.onetimesecret.com')).toEqual({
      username: 'ops@example.com',
      token: 'abcdef123456',
    });
    await saveCredentials('https://us.onetimesecret.com', undefined);
    expect(await readCredentials('https://us.onetimesecret.com')).toBeUndefined();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('are sealed in storage.local, where content scripts could read them', async () => {
    await saveCredentials('https://eu.onetimesecret.com', {
      username: 'ops@example.com',
      token: 'tok-SECRET-987',
    });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('tok-SECRET-987');
    expect(stored).not.toContain('ops@example.com');
  });

  it('stay readable when the options page and the background create the key at the same moment', async () => {
    // Two extension contexts: two copies of the module sharing one IndexedDB that holds no key yet.
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.resetModules();
    const optionsPage = await import('../../../src/shared/credential-vault.ts');
    vi.resetModules();
    const background = await import('../../../src/shared/credential-vault.ts');
    const [fromOptions, fromBackground] = await Promise.all([
      optionsPage.seal('from the options page'),
      background.seal('from the background'),
    ]);
    expect(await background.unseal(fromOptions)).toBe('from the options page');
    expect(await optionsPage.unseal(fromBackground)).toBe('from the background');
  });

  it('are never shown in full', () => {
    expect(maskToken('abcdef123456')).toBe('••••3456');
    expect(maskToken('short')).toBe('••••');
  });
});
