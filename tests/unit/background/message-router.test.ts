import { describe, expect, it, vi } from 'vitest';
import { BackendError } from '../../../src/shared/backends/backend-error.ts';
import { listenForMessages, type Handlers } from '../../../src/background/message-router.ts';
import { MessageError, type ShareRequest } from '../../../src/shared/messages.ts';
import { fakeBrowser } from '../../support/fake-extension-api.ts';

const extensionPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/src/popup/index.html`,
};
const shareRequest: ShareRequest = { secret: 's3cret', passphrase: 'pp', ttlSeconds: 86400 };
const result = {
  link: 'https://x.example/secret/abcdefgh',
  passphrase: 'pp',
  expiresAt: 1,
  createdAt: 0,
};

function setUp() {
  const handle = vi.fn(() => Promise.resolve(result));
  // The other messages' handlers are not reached in these tests.
  const unused = {
    accepts: (request: unknown): request is never => request === unused,
    handle: vi.fn(),
  };
  const handlers: Handlers = {
    inspectTab: unused,
    testConnection: unused,
    shareFromPage: unused,
    listReceipts: unused,
    burnReceipt: unused,
    clearHistory: unused,
    createShare: {
      accepts: (request): request is ShareRequest => typeof request === 'object',
      handle,
    },
  };
  listenForMessages(handlers);
  const deliver = async (message: unknown, sender: object) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
    return answers[0] as unknown;
  };
  return { handle, deliver };
}

describe('privileged messages (rule 6, security cases 4-7)', () => {
  it("answers the extension's own pages", async () => {
    const { deliver } = setUp();
    expect(await deliver({ name: 'createShare', request: shareRequest }, extensionPage)).toEqual({
      ok: true,
      value: result,
    });
  });

  it.each([
    [
      'a content script in a web page',
      { id: fakeBrowser.runtime.id, url: 'https://support.example/ticket', tab: { id: 3 } },
    ],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    [
      'a page pretending with our id in its path',
      {
        id: fakeBrowser.runtime.id,
        url: `https://evil.example/chrome-extension://${fakeBrowser.runtime.id}/`,
      },
    ],
    ['a sender without a URL', { id: fakeBrowser.runtime.id }],
  ])('gives no answer at all to %s', async (_name, sender) => {
    const { deliver, handle } = setUp();
    expect(await deliver({ name: 'createShare', request: shareRequest }, sender)).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([['toString'], ['__proto__'], ['constructor'], ['unknownMessage']])(
    'ignores the message name %s',
    async (name) => {
      const { deliver, handle } = setUp();
      expect(await deliver({ name, request: shareRequest }, extensionPage)).toBeUndefined();
      expect(handle).not.toHaveBeenCalled();
    },
  );

  it('refuses a request that fails the schema check', async () => {
    const { deliver, handle } = setUp();
    expect(await deliver({ name: 'createShare', request: 'not an object' }, extensionPage)).toEqual(
      {
        ok: false,
        error: { code: 'bad-request', params: {} },
      },
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it("passes a handler's user error on, and hides any other error's text", async () => {
    const { deliver, handle } = setUp();
    handle.mockRejectedValueOnce(new MessageError({ code: 'busy', params: {} }));
    expect(await deliver({ name: 'createShare', request: shareRequest }, extensionPage)).toEqual({
      ok: false,
      error: { code: 'busy', params: {} },
    });
    handle.mockRejectedValueOnce(new BackendError('rate-limited', { seconds: 30 }));
    expect(await deliver({ name: 'createShare', request: shareRequest }, extensionPage)).toEqual({
      ok: false,
      error: { code: 'rate-limited', params: { seconds: 30 } },
    });
    handle.mockRejectedValueOnce(new Error('secret text in a message'));
    expect(
      JSON.stringify(await deliver({ name: 'createShare', request: shareRequest }, extensionPage)),
    ).not.toContain('secret text');
  });
});
