import { contentApiKey, type ContentApi } from '../shared/ticket-form.ts';
import { fillPage } from './fill-page.ts';
import { readPage } from './read-page.ts';
import { currentInspection } from './registry.ts';
import { adoptTaken } from './taken-fields.ts';

// Injected on the user's gesture into the extension's isolated world of the page. It installs
// its functions there and nothing else: no listeners, no UI, no network.
const scope = globalThis as typeof globalThis & { [contentApiKey]?: ContentApi };
scope[contentApiKey] ??= {
  read: () => readPage(document),
  fill: fillPage,
  adopt: adoptTaken,
  inspectionId: () => currentInspection()?.id,
};
