import { build, type Rolldown } from 'vite';

const cache = new Map<string, Promise<string>>();

/**
 * Bundles a fixture app (tests/fixtures/apps/<name>.tsx or .ts) into one classic script, for
 * pages that need a real framework or editor (React, Tiptap) that ships no browser build.
 */
export function bundleFixtureApp(name: string): Promise<string> {
  if (!/^[\w-]+$/.test(name)) return Promise.reject(new Error(`bad app name ${name}`));
  let bundled = cache.get(name);
  if (!bundled) {
    bundled = bundle(name);
    cache.set(name, bundled);
  }
  return bundled;
}

async function bundle(name: string): Promise<string> {
  const entry = await import('node:fs').then(({ existsSync }) =>
    [`tests/fixtures/apps/${name}.tsx`, `tests/fixtures/apps/${name}.ts`].find((path) =>
      existsSync(path),
    ),
  );
  if (!entry) throw new Error(`no fixture app ${name}`);
  const output = (await build({
    configFile: false,
    // Production JSX whatever NODE_ENV says (Vitest sets "test", which asks for jsxDEV).
    mode: 'production',
    oxc: { jsx: { development: false } },
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'fixtureApp', fileName: name },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result?.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`bundling ${name} produced no script`);
  return chunk.code;
}
