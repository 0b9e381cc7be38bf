// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The boundaries of docs/ARCHITECTURE.md, as rules. Each context may import from `shared`;
 * none imports another context, except that the background injects the content bundle
 * (`?script` imports) on the user's gesture.
 */
const contexts = ['background', 'content', 'popup', 'options'];
const boundaryZones = [
  ...contexts.map((context) => ({
    target: `./src/${context}`,
    from: contexts.filter((other) => other !== context).map((other) => `./src/${other}`),
    except: context === 'background' ? ['./content'] : [],
    message: `src/${context} must not import another context; share through src/shared.`,
  })),
  {
    target: './src/shared',
    from: contexts.map((context) => `./src/${context}`),
    message: 'src/shared is pure and must not depend on a context.',
  },
  {
    // Content code runs beside hostile pages: no network clients, no crypto, no secrets.
    target: './src/content',
    from: [
      './src/shared/backends',
      './src/shared/passphrase.ts',
      './src/shared/account-password.ts',
    ],
    message: 'Content code must not reach backends or libsodium.',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-firefox/',
      'dist-firefox-e2e/',
      'artifacts/',
      'demo-output/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // One WebExtension API style: the polyfill's `browser`, imported from src/shared/browser.ts.
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use `browser` from src/shared/browser.ts.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import `browser` from src/shared/browser.ts.',
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ['node:*'], message: 'Extension code runs in browsers, not Node.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'libsodium-wrappers', message: 'No crypto in pages.' },
            { name: 'webextension-polyfill', message: 'Injected code stays small and API-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts of fixture pages run as a web page's own scripts: plain browser JavaScript.
    files: ['tests/fixtures/pages/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
