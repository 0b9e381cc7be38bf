import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where Debian's Chromium reads administrator policies (the packaged build's policy directory). */
const policyDirectory = '/etc/chromium/policies/managed';

/** Whether this machine lets the tests install a browser policy (CI runs as root). */
export function canInstallPolicies(): boolean {
  try {
    mkdirSync(policyDirectory, { recursive: true });
    accessSync(policyDirectory, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium names an unpacked extension after its path: SHA-256, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  const digest = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return Array.from(digest, (digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface InstalledPolicy {
  /** A copy of the build, whose extension id the policy names and no other test uses. */
  dist: string;
  remove(): void;
}

/**
 * An administrator's policy for OnceLink, as an enterprise deploys it: a JSON file in the
 * browser's managed policy directory with the extension's settings under "3rdparty". It
 * applies to a copy of the build, so a file left behind by a crash affects no other test.
 */
export function installExtensionPolicy(policy: Record<string, unknown>): InstalledPolicy {
  const dist = join(realpathSync(mkdtempSync(join(tmpdir(), 'oncelink-managed-'))), 'dist');
  cpSync('dist', dist, { recursive: true });
  const id = unpackedExtensionId(dist);
  const file = join(policyDirectory, `oncelink-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return {
    dist,
    remove() {
      rmSync(file, { force: true });
      rmSync(dirname(dist), { recursive: true, force: true });
    },
  };
}
