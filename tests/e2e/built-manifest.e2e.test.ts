import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The manifest that ships (dist/, from `npm run build`), not the source.
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Record<string, unknown>;

describe('the built manifest', () => {
  it('is MV3 with only the permissions OnceLink needs', () => {
    expect(manifest['manifest_version']).toBe(3);
    expect([...(manifest['permissions'] as string[])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'storage',
    ]);
  });

  it('has no standing content scripts: code reaches pages only on a user gesture', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
  });

  it("lets extension pages run libsodium's WASM and nothing broader", () => {
    const csp = (manifest['content_security_policy'] as { extension_pages: string })
      .extension_pages;
    expect(csp).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    expect(JSON.stringify(manifest)).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  });

  it('reaches only the hosted One-Time Secret regions without asking', () => {
    expect(manifest['host_permissions']).toEqual([
      'https://onetimesecret.com/*',
      'https://us.onetimesecret.com/*',
      'https://eu.onetimesecret.com/*',
      'https://uk.onetimesecret.com/*',
      'https://ca.onetimesecret.com/*',
      'https://nz.onetimesecret.com/*',
    ]);
  });

  it('accepts no messages from other extensions or web pages', () => {
    expect(manifest['externally_connectable']).toEqual({ ids: [], matches: [] });
  });

  it('exposes no files to web pages', () => {
    expect(manifest['web_accessible_resources'] ?? []).toEqual([]);
  });

  it('opens its options in a tab, from the popup and the extensions page', () => {
    expect(manifest['options_ui']).toEqual({ page: 'src/options/index.html', open_in_tab: true });
  });

  it("describes the administrator's policy, so browsers accept it from storage.managed", () => {
    const { managed_schema: path } = manifest['storage'] as { managed_schema: string };
    const schema = JSON.parse(readFileSync(`dist/${path}`, 'utf8')) as {
      properties: Record<string, { type: string }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([
      'allowedLifetimes',
      'backendOrigin',
      'passphraseRequired',
    ]);
  });

  it('opens the popup with Alt+Shift+S', () => {
    expect(manifest['commands']).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' } },
    });
  });

  it('carries the version from package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(manifest['version']).toBe(pkg.version);
  });
});
