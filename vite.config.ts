import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { contentScriptPlugin } from './scripts/build/content-script.ts';
import { manifestFor } from './scripts/build/manifest.ts';

/**
 * Modes: the default builds Chrome (dist/), "firefox" builds Firefox (dist-firefox/), and
 * "firefox-e2e" the Firefox build with the test hooks end-to-end tests drive (dist-firefox-e2e/;
 * never packaged). Release builds have `__E2E__` false, and the hooks are dropped as dead code.
 */
const builds = {
  production: { target: 'chrome', outDir: 'dist', e2e: false },
  firefox: { target: 'firefox', outDir: 'dist-firefox', e2e: false },
  'firefox-e2e': { target: 'firefox', outDir: 'dist-firefox-e2e', e2e: true },
} as const;

export default defineConfig(({ mode }) => {
  const build = mode in builds ? builds[mode as keyof typeof builds] : builds.production;
  const manifest = manifestFor(build.target, { e2e: build.e2e });
  return {
    define: { __E2E__: JSON.stringify(build.e2e) },
    // crxjs rewrites dist/ whenever it loads, so tests (mode "test") run without it.
    plugins:
      mode === 'test'
        ? [preact()]
        : [preact(), crx({ manifest, browser: build.target }), contentScriptPlugin()],
    build: {
      outDir: build.outDir,
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
  };
});
