import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function measure(dist: string, file: string): ChunkSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Every script and stylesheet in the build. */
export function chunkSizes(dist = 'dist'): ChunkSize[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(dist, dir))) {
      const path = dir ? `${dir}/${name}` : name;
      if (statSync(join(dist, path)).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) files.push(path);
    }
  };
  walk('');
  return files.map((file) => measure(dist, file)).sort((a, b) => b.bytes - a.bytes);
}

/**
 * What an extension page loads before it can paint: the entry script and everything the HTML
 * preloads with it. Chunks it imports dynamically (libsodium, the word list) are not part of it.
 */
export function initialScripts(page: 'popup' | 'options', dist = 'dist'): ChunkSize[] {
  const html = readFileSync(join(dist, `src/${page}/index.html`), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"|<link rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ].map((match) => match[1] ?? match[2] ?? '');
  return scripts.map((file) => measure(dist, file));
}
