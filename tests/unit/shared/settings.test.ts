import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, repairSettings } from '../../../src/shared/settings.ts';
import { fakeBrowser } from '../../support/fake-extension-api.ts';

describe('settings', () => {
  it('default to hosted One-Time Secret', async () => {
    expect(await readSettings()).toEqual({ backendOrigin: 'https://onetimesecret.com' });
  });

  it('read a stored backend as its origin', async () => {
    await fakeBrowser.storage.local.set({
      settings: { backendOrigin: 'https://ots.example.com/' },
    });
    expect(await readSettings()).toEqual({ backendOrigin: 'https://ots.example.com' });
  });

  it.each([
    [undefined],
    ['nonsense'],
    [{ backendOrigin: 'http://evil.example' }],
    [{ backendOrigin: 42 }],
    [[1, 2]],
  ])('repair %j to the defaults', (stored) =>
    expect(repairSettings(stored)).toEqual(defaultSettings),
  );
});
