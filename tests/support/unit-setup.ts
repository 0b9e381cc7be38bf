// IndexedDB (the credential vault's key store) as an in-memory FAKE following the spec.
import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser, installFakeExtensionApi } from './fake-extension-api.ts';

// Extension code imports the API from src/shared/browser.ts only; unit tests get the fake.
vi.mock('../../src/shared/browser.ts', () => ({ default: fakeBrowser }));

beforeEach(() => {
  installFakeExtensionApi();
});
