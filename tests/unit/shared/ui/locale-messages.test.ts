import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A key missing from _locales shows up as the bare key in the UI (src/shared/i18n.ts).

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, unknown> }
>;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys named literally in t(…): t('key'), t(cond ? 'a' : 'b'); compared values are not keys. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/\bt\(([^()]*)/g))
      for (const literal of (call[1] ?? '').matchAll(/(?<![=!]==\s*)'([a-zA-Z]+)'/g))
        if (literal[1]) keys.add(literal[1]);
  }
  return keys;
}

describe('the English messages', () => {
  it('hold every key the code asks for', () => {
    const missing = [...usedKeys()].filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('hold every key the manifest names', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    const named = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? '');
    expect(named.filter((key) => !(key in messages))).toEqual([]);
  });

  it('declare every placeholder they use', () => {
    const undeclared = Object.entries(messages).flatMap(([key, { message, placeholders }]) =>
      [...message.matchAll(/\$([A-Z_]+)\$/g)]
        .map((match) => (match[1] ?? '').toLowerCase())
        .filter((name) => !(placeholders && name in placeholders))
        .map((name) => `${key}: $${name.toUpperCase()}$`),
    );
    expect(undeclared).toEqual([]);
  });
});

const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([A-Z_]+)\$/g)].map((match) => match[1] ?? '').sort();

describe.each(readdirSync('public/_locales').filter((locale) => locale !== 'en'))(
  'the %s messages',
  (locale) => {
    const translated = JSON.parse(
      readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'),
    ) as typeof messages;

    it('translate every English message, and nothing else', () => {
      expect(Object.keys(translated)).toEqual(Object.keys(messages));
    });

    it('fill in the same values as the English ones', () => {
      const differing = Object.entries(messages).filter(
        ([key, { message, placeholders }]) =>
          placeholdersIn(translated[key]?.message ?? '').join() !==
            placeholdersIn(message).join() ||
          JSON.stringify(Object.keys(translated[key]?.placeholders ?? {})) !==
            JSON.stringify(Object.keys(placeholders ?? {})),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    });
  },
);
