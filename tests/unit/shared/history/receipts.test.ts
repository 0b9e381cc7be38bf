import { describe, expect, it } from 'vitest';
import {
  clearReceipts,
  readReceipts,
  viewOf,
  writeReceipts,
  type ShareReceipt,
} from '../../../../src/shared/history/receipts.ts';
import { fakeBrowser } from '../../../support/fake-extension-api.ts';

const now = Date.UTC(2026, 10, 21, 9, 0);
const hour = 3_600_000;

function receipt(id: string, createdAt: number, expiresAt: number): ShareReceipt {
  return {
    id,
    site: { origin: 'https://support.example.com', title: 'Open a ticket' },
    backendOrigin: 'https://eu.onetimesecret.com',
    receipt: { api: 'ots-v1', key: `receiptkey${id}` },
    hasPassphrase: true,
    createdAt,
    expiresAt,
    state: 'new',
    notified: false,
  };
}

const stored = async (area: 'session' | 'local' | 'sync') =>
  (await fakeBrowser.storage[area].get('receipts'))['receipts'];

describe('receipts of shared secrets', () => {
  it('live in storage.session by default, newest first, and never in sync', async () => {
    await writeReceipts(
      [receipt('a', now - 2 * hour, now + hour), receipt('b', now - hour, now + hour)],
      false,
    );
    expect((await readReceipts(now)).map(({ id }) => id)).toEqual(['b', 'a']);
    expect(await stored('session')).toHaveLength(2);
    expect(await stored('local')).toBeUndefined();
    expect(await stored('sync')).toBeUndefined();
  });

  it('expire with their secret', async () => {
    await writeReceipts(
      [receipt('gone', now - 2 * hour, now - 1), receipt('open', now, now + hour)],
      false,
    );
    expect((await readReceipts(now)).map(({ id }) => id)).toEqual(['open']);
  });

  it('move to storage.local when the user keeps them across restarts, and back', async () => {
    await writeReceipts([receipt('a', now, now + hour)], false);
    await writeReceipts(await readReceipts(now), true);
    expect(await stored('session')).toBeUndefined();
    expect(await stored('local')).toHaveLength(1);
    await writeReceipts(await readReceipts(now), false);
    expect(await stored('local')).toBeUndefined();
    expect(await stored('session')).toHaveLength(1);
  });

  it('are all gone after "Clear all", from every area', async () => {
    await writeReceipts([receipt('a', now, now + hour)], true);
    await fakeBrowser.storage.session.set({ receipts: [receipt('b', now, now + hour)] });
    await clearReceipts();
    expect(await readReceipts(now)).toEqual([]);
    expect([await stored('session'), await stored('local')]).toEqual([undefined, undefined]);
  });

  it('reach pages without the receipt key, which is a capability', () => {
    const shown = viewOf(receipt('a', now, now + hour));
    expect(JSON.stringify(shown)).not.toContain('receiptkeya');
    expect(shown).toMatchObject({ id: 'a', backendHost: 'eu.onetimesecret.com', state: 'new' });
  });
});
