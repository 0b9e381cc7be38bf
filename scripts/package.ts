// `npm run package`: the zips a release uploads, from the builds `npm run build` made.
// Reproducible: the same sources give byte-identical zips (sorted entries, one fixed time,
// fixed permissions), so a store reviewer can rebuild and compare.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import pkg from '../package.json' with { type: 'json' };

/** 1980-01-01, the earliest time a zip entry can carry: no build's own clock in the zip. */
const fixedTime = new Date(1980, 0, 1);

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zip(files: string[], base: string): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort())
    entries[relative(base, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: fixedTime, level: 9, os: 3, attrs: 0o644 << 16 },
    ];
  return zipSync(entries);
}

/** What AMO's reviewers need to rebuild the Firefox package: the tracked sources. */
function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('tests/fixtures/'));
}

const packages = [
  { name: `oncelink-${pkg.version}-chrome.zip`, files: () => filesUnder('dist'), base: 'dist' },
  {
    name: `oncelink-${pkg.version}-firefox.zip`,
    files: () => filesUnder('dist-firefox'),
    base: 'dist-firefox',
  },
  { name: `oncelink-${pkg.version}-sources.zip`, files: sourceFiles, base: '.' },
];

mkdirSync('artifacts', { recursive: true });
for (const { name, files, base } of packages) {
  const bytes = zip(files(), base);
  writeFileSync(join('artifacts', name), bytes);
  console.log(`artifacts/${name.padEnd(32)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB`);
}
