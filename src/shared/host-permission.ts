import browser from './browser.ts';

/**
 * The match pattern that grants fetch access to one backend origin. Chrome accepts a port in
 * a pattern, which keeps a local backend's grant from covering every other local server;
 * Firefox rejects ports in patterns, so there the grant covers the host.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
  return `${url.protocol}//${firefox ? url.hostname : url.host}/*`;
}

export function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}
