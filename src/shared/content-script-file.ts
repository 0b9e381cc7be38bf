/**
 * Where the build puts the injected content bundles (scripts/build/content-script.ts): the
 * page reader and filler every gesture uses, and the small addition "Share as one-time
 * secret" injects after it to find the right-clicked field.
 */
export const contentScriptFile = '/content/oncelink.js';
export const takeScriptFile = '/content/take.js';
