import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';

// The builds that ship (dist/ for Chrome, dist-firefox/ for Firefox, from `npm run build`).

const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');
const manifestOf = (dist: string) =>
  JSON.parse(read(dist, 'manifest.json')) as Record<string, unknown>;

function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}

describe.each(['dist', 'dist-firefox'])('the release build in %s', (dist) => {
  const scripts = filesUnder(dist).filter((file) => /\.(js|html)$/.test(file));

  it('carries no test hooks and no dev-server code', () => {
    const offending = scripts.filter((file) =>
      /clickShareMenu|__E2E__|@vite\/client|\/@crx\/|import\.meta\.hot|localhost:\d{4}/.test(
        read(dist, file),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('exposes nothing pages could probe', () => {
    expect(manifestOf(dist)['web_accessible_resources'] ?? []).toEqual([]);
  });

  it('is the same extension: version, permissions, pages, shortcut', () => {
    const chrome = manifestOf('dist');
    const manifest = manifestOf(dist);
    for (const key of ['version', 'host_permissions', 'action', 'commands', 'options_ui'])
      expect(manifest[key]).toEqual(chrome[key]);
    // Firefox calls the context-menu permission "menus".
    const permissions = (manifest['permissions'] as string[]).map((name) =>
      name === 'menus' ? 'contextMenus' : name,
    );
    expect(permissions).toEqual(chrome['permissions']);
  });
});

describe('the Firefox build', () => {
  const manifest = manifestOf('dist-firefox');

  it('runs its background as an event page and names its add-on id', () => {
    expect(manifest['background']).toEqual({
      scripts: ['service-worker-loader.js'],
      type: 'module',
    });
    expect(manifest['browser_specific_settings']).toEqual({
      gecko: {
        id: 'oncelink@oncelink.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('has no Chrome-only keys', () => {
    expect(Object.keys(manifest)).not.toEqual(expect.arrayContaining(['minimum_chrome_version']));
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it("passes Mozilla's add-on linter with nothing of ours to fix", async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: 'dist-firefox', output: 'none', selfHosted: false },
      { shouldExitProgram: false },
    );
    expect(result.errors).toEqual([]);
    // Preact's renderer sets innerHTML for dangerouslySetInnerHTML, which OnceLink never uses.
    const ours = result.warnings.filter(
      ({ code, file }) =>
        !(
          code === 'UNSAFE_VAR_ASSIGNMENT' &&
          read('dist-firefox', file).includes('dangerouslySetInnerHTML')
        ),
    );
    expect(ours).toEqual([]);
  });
});
