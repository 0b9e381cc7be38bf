import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { contentScriptPlugin } from './scripts/build/content-script.ts';

// manifest.json is the single source of truth; the build only stamps the version from
// package.json so that there is one place to bump it.
const manifest = { ...baseManifest, version: pkg.version } as ManifestV3Export;

export default defineConfig(({ mode }) => ({
  // crxjs rewrites dist/ whenever it loads, so tests (mode "test") run without it.
  plugins:
    mode === 'test'
      ? [preact()]
      : [preact(), crx({ manifest, browser: 'chrome' }), contentScriptPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // libsodium (WASM inlined as base64) is one ~430 kB chunk, loaded lazily.
    chunkSizeWarningLimit: 600,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/unit-setup.ts'],
          unstubGlobals: true,
          // DOM tests opt in per file with `// @vitest-environment happy-dom`.
          environment: 'node',
        },
      },
      {
        // Real browsers against the built extension: one file at a time, two cores are not
        // enough for several Chromium instances at once.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
