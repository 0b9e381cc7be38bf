import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The add-on id AMO and Firefox know OnceLink by; fixed, since storage and policies hang on it. */
export const geckoId = 'oncelink@oncelink.dev';

type Manifest = Record<string, unknown>;

/**
 * manifest.json is the single source of truth, written for Chrome. Every difference of a
 * build is derived here, in one place, each with its reason.
 */
export function manifestFor(target: Target, options: { e2e?: boolean } = {}): ManifestV3Export {
  // One place to bump the version: package.json.
  const manifest: Manifest = { ...baseManifest, version: pkg.version };
  if (target === 'firefox') {
    const { service_worker: entry, type } = baseManifest.background;
    // Firefox runs MV3 backgrounds as event pages: scripts, not a service worker.
    manifest['background'] = { scripts: [entry], type };
    manifest['browser_specific_settings'] = {
      gecko: {
        id: geckoId,
        // 142: the first version that knows data_collection_permissions on desktop and Android.
        strict_min_version: '142.0',
        // OnceLink collects nothing; AMO asks every add-on to say so.
        data_collection_permissions: { required: ['none'] },
      },
    };
    // Firefox's name for the permission; only under it may the code injected on a right-click
    // ask menus.getTargetElement for the element the user clicked.
    manifest['permissions'] = baseManifest.permissions.map((permission) =>
      permission === 'contextMenus' ? 'menus' : permission,
    );
    // Chrome-only keys: Firefox has no minimum Chrome version and no externally_connectable
    // (other add-ons' messages are refused by the background's sender check all the same).
    delete manifest['minimum_chrome_version'];
    delete manifest['externally_connectable'];
    // Firefox reads an administrator's policy from policies.json without a schema in the add-on.
    delete manifest['storage'];
  }
  if (options.e2e) {
    // Test builds only: Firefox grants activeTab only to a real click, which no test tool makes,
    // so the end-to-end build may reach the local fixture server and stand-in without it.
    manifest['host_permissions'] = [
      ...(manifest['host_permissions'] as string[]),
      'http://127.0.0.1/*',
      'http://localhost/*',
    ];
  }
  // crxjs types Chrome's manifest; Firefox's keys (background.scripts, gecko) lie outside it.
  return manifest as unknown as ManifestV3Export;
}
