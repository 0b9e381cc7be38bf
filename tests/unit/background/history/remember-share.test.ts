import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberShare } from '../../../../src/background/history/remember-share.ts';
import { readReminders } from '../../../../src/shared/history/reminders.ts';
import { readReceipts } from '../../../../src/shared/history/receipts.ts';
import { fakeBrowser } from '../../../support/fake-extension-api.ts';

const created = {
  link: 'https://eu.onetimesecret.com/secret/abcdefgh12345678',
  expiresAt: Date.now() + 86_400_000,
  receipt: { api: 'ots-v1' as const, key: 'receipt0123456789' },
};
const details = { backendOrigin: 'https://eu.onetimesecret.com', hasPassphrase: true };

async function tabIn(incognito: boolean): Promise<number> {
  const window = await fakeBrowser.windows.create({ incognito });
  const tab = await fakeBrowser.tabs.create({
    url: 'https://support.example.com/tickets/new?ref=42',
    windowId: window?.id,
  });
  // Browsers mark every tab of a private window as incognito; the fake leaves tabs as created.
  const shown = { ...tab, title: 'Open a ticket', incognito };
  // The fake types get() by its callback form; OnceLink uses the promise form.
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(shown as never);
  return tab.id ?? -1;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('remembering a share', () => {
  it('keeps a receipt naming the site, without the link, and the reminder asked for', async () => {
    const tabId = await tabIn(false);
    const id = await rememberShare(created, details, { tabId, remindAfter: 1440 });

    const [receipt] = await readReceipts();
    expect(receipt).toMatchObject({
      id,
      site: { origin: 'https://support.example.com' },
      state: 'new',
      hasPassphrase: true,
    });
    expect(JSON.stringify(receipt)).not.toContain(created.link);
    const [reminder] = await readReminders();
    expect((reminder?.dueAt ?? 0) - Date.now()).toBeGreaterThan(86_399_000);
    expect(await fakeBrowser.alarms.get(`reminder:${reminder?.id ?? ''}`)).toBeDefined();
    expect(await fakeBrowser.alarms.get('refresh-receipts')).toMatchObject({ periodInMinutes: 15 });
  });

  it.each([
    ['a tab in a private window', { incognitoTab: true, privateWindow: false }],
    ['a popup in a private window', { incognitoTab: false, privateWindow: true }],
  ])('records nothing for %s', async (_case, { incognitoTab, privateWindow }) => {
    const tabId = await tabIn(incognitoTab);
    expect(await rememberShare(created, details, { tabId, privateWindow, remindAfter: 1440 })).toBe(
      undefined,
    );
    expect(await readReceipts()).toEqual([]);
    expect(await readReminders()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
