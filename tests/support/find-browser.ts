import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere when it lives somewhere else. */
export function findChromium(): string {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found. On Debian or Ubuntu: sudo apt-get install -y chromium ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  return found;
}
