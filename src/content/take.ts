import { contentApiKey, type ContentApi } from '../shared/ticket-form.ts';
import { takeSecret } from './take-secret.ts';

// "Share as one-time secret" injects this after the page reader (./index.ts), on the click:
// it adds one function to that reader's API and nothing else.
const api = (globalThis as typeof globalThis & { [contentApiKey]?: ContentApi })[contentApiKey];
if (api) api.take ??= (clicked) => takeSecret(document, clicked, api);
