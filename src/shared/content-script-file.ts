/** Where the build puts the injected content bundle (scripts/build/content-script.ts). */
export const contentScriptFile = '/content/oncelink.js';
