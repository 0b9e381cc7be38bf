import { build, type Plugin, type Rolldown } from 'vite';
import { contentScriptFile, takeScriptFile } from '../../src/shared/content-script-file.ts';

/** Each injected bundle: the page reader and filler, and the right-click addition to it. */
export const contentBundles = [
  { entry: 'src/content/index.ts', file: contentScriptFile },
  { entry: 'src/content/take.ts', file: takeScriptFile },
] as const;

/**
 * Code injected into pages, bundled on its own as one classic script: scripting.executeScript
 * runs it in the extension's isolated world, so it needs no loader and no entry in
 * web_accessible_resources (which would let any page detect the extension).
 */
export async function bundleContentScript(
  options: { minify?: boolean; entry?: string } = {},
): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: options.minify ?? true,
      target: 'es2022',
      lib: {
        entry: options.entry ?? contentBundles[0].entry,
        formats: ['iife'],
        name: 'onceLinkContent',
        fileName: 'content',
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result?.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the content script bundle is empty');
  return chunk.code;
}

/** Adds the content bundles to the extension build at their files. */
export function contentScriptPlugin(): Plugin {
  return {
    name: 'oncelink-content-script',
    apply: 'build',
    async generateBundle() {
      for (const { entry, file } of contentBundles)
        this.emitFile({
          type: 'asset',
          fileName: file.slice(1),
          source: await bundleContentScript({ entry }),
        });
    },
  };
}
