import { existsSync } from 'node:fs';

function findBrowser(candidates: (string | undefined)[], missing: string): string {
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  if (!found) throw new Error(missing);
  return found;
}

/** Debian's Chromium; CHROMIUM_PATH points elsewhere when it lives somewhere else. */
export function findChromium(): string {
  return findBrowser(
    [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    'Chromium was not found. On Debian or Ubuntu: sudo apt-get install -y chromium ' +
      '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
  );
}

/** Debian's Firefox ESR; FIREFOX_PATH points elsewhere when it lives somewhere else. */
export function findFirefox(): string {
  return findBrowser(
    [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Firefox was not found. On Debian: sudo apt-get install -y firefox-esr ' +
      '(or set FIREFOX_PATH to a Firefox binary).',
  );
}
