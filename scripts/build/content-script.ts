import { build, type Plugin, type Rolldown } from 'vite';
import { contentScriptFile } from '../../src/shared/content-script-file.ts';

/**
 * The code injected into pages, bundled on its own as one classic script: scripting.executeScript
 * runs it in the extension's isolated world, so it needs no loader and no entry in
 * web_accessible_resources (which would let any page detect the extension).
 */
export async function bundleContentScript(options: { minify?: boolean } = {}): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: options.minify ?? true,
      target: 'es2022',
      lib: {
        entry: 'src/content/index.ts',
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

/** Adds the content bundle to the extension build at `contentScriptFile`. */
export function contentScriptPlugin(): Plugin {
  return {
    name: 'oncelink-content-script',
    apply: 'build',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: contentScriptFile.slice(1),
        source: await bundleContentScript(),
      });
    },
  };
}
